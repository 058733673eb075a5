using System.Globalization;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Runs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// What operators look at first: runs started per status over time, failure rate per flow, the slowest steps, dead
/// letters and pending waits. Every figure comes from one aggregate query of the hub's store; each links to its runs.
/// </summary>
public sealed partial class DashboardPage
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private static readonly IReadOnlyList<(string Key, string Label, TimeSpan Length, int Buckets, string Range)> Windows =
    [
        ("1h", "Last hour", TimeSpan.FromHours(1), 12, "1h"),
        ("24h", "Last 24 hours", TimeSpan.FromHours(24), 24, "24h"),
        ("7d", "Last 7 days", TimeSpan.FromDays(7), 28, "7d"),
        ("30d", "Last 30 days", TimeSpan.FromDays(30), 30, "30d"),
    ];

    private readonly CancellationTokenSource _stop = new();
    private IReadOnlyList<FlowSummary> _flows = [];
    private DashboardSnapshot? _snapshot;
    private string _window = "24h";
    private string? _flowId;
    private string? _error;
    private bool _loading;
    private Task? _refresh;
    private List<ChartSeries<double>> _volumeSeries = [];
    private string[] _volumeLabels = [];
    private List<ChartSeries<double>> _deadSeries = [];
    private string[] _deadLabels = [];
    private List<ChartSeries<double>> _failureSeries = [];
    private string[] _failureLabels = [];
    private List<ChartSeries<double>> _latencySeries = [];
    private string[] _latencyLabels = [];

    private StackedBarChartOptions _volumeOptions = new();
    private BarChartOptions _failureOptions = new();
    private BarChartOptions _latencyOptions = new();

    /// <summary>Gets or sets the time window from the address (1h, 24h, 7d, 30d).</summary>
    [SupplyParameterFromQuery(Name = "window")]
    public string? Window { get; set; }

    /// <summary>Gets or sets the flow from the address.</summary>
    [SupplyParameterFromQuery(Name = "flow")]
    public string? Flow { get; set; }

    [Inject]
    private IDashboardService Dashboard { get; set; } = default!;

    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private (string Key, string Label, TimeSpan Length, int Buckets, string Range) CurrentWindow => Windows.First(w => w.Key == _window);

    private TimeSpan BucketWidth => CurrentWindow.Length / CurrentWindow.Buckets;

    private int Started => _snapshot?.Flows.Sum(f => f.Started) ?? 0;

    private int Failed => _snapshot?.Flows.Sum(f => f.Failed) ?? 0;

    private int InProgress => _snapshot?.Flows.Sum(f => f.InProgress) ?? 0;

    private int Finished => Started - InProgress;

    private double? FailureRate => Finished == 0 ? null : (double)Failed / Finished;

    private bool AnyFailure => _snapshot?.Flows.Any(f => f.Failed > 0) == true;

    private string DeadLettersHref => Href(new() { ["status"] = "failed", ["range"] = "all", ["flow"] = _flowId });

    private string WaitingHref => Href(new() { ["status"] = "waiting", ["range"] = "all", ["flow"] = _flowId });

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_refresh is not null)
        {
            await _refresh;
        }

        _stop.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        try
        {
            _flows = await Flows.ListFlowsAsync(_stop.Token);
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }

        _refresh = RefreshAsync();
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _window = Windows.Any(w => w.Key == Window) ? Window! : "24h";
        _flowId = string.IsNullOrWhiteSpace(Flow) ? null : Flow;
        await LoadAsync();
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A tick spacing that gives about five round ticks up to <paramref name="max"/> (1, 2, 5, 10, 20, 50…).</summary>
    private static int Tick(double max)
    {
        var rough = Math.Max(1, max / 5);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = rough / magnitude switch
        {
            <= 1 => 1,
            <= 2 => 2,
            <= 5 => 5,
            _ => 10,
        };
        return (int)Math.Max(1, step * magnitude);
    }

    private async Task LoadAsync()
    {
        _loading = true;
        try
        {
            var window = CurrentWindow;
            var to = Clock.GetUtcNow();
            var snapshot = await Dashboard.GetAsync(new DashboardRequest(to - window.Length, to, window.Buckets, _flowId), _stop.Token);
            Show(snapshot);
            _error = null;
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task RefreshAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(RefreshInterval);
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The person left the dashboard.
        }
    }

    private void Show(DashboardSnapshot snapshot)
    {
        _snapshot = snapshot;
        var buckets = snapshot.BucketStarts.Count;
        double[] Sum(Func<string, bool> status) =>
            [.. Enumerable.Range(0, buckets).Select(i => (double)snapshot.Volumes.Where(v => status(v.Status)).Sum(v => v.Counts[i]))];
        _volumeSeries =
        [
            new() { Name = "Succeeded", Data = new ChartData<double>(Sum(s => s == "succeeded")) },
            new() { Name = "Failed", Data = new ChartData<double>(Sum(s => s == "failed")) },
            new() { Name = "Cancelled", Data = new ChartData<double>(Sum(s => s == "cancelled")) },
            new() { Name = "Not finished", Data = new ChartData<double>(Sum(s => RunVisuals.LiveStatuses.Contains(s))) },
        ];

        var busiest = Enumerable.Range(0, buckets).Select(i => _volumeSeries.Sum(series => series.Data.Values[i])).DefaultIfEmpty(0).Max();

        // Succeeded, failed, cancelled, not finished: the colours people expect.
        _volumeOptions = new() { ChartPalette = ["#43a047", "#e53935", "#757575", "#1e88e5"], YAxisTitle = "runs", ShowLegend = true, YAxisTicks = Tick(busiest) };

        // Label every bucket when they fit, else every other one: the axis stays readable on a laptop.
        var format = CurrentWindow.Length <= TimeSpan.FromDays(1) ? "HH:mm" : CurrentWindow.Length <= TimeSpan.FromDays(7) ? "MM-dd HH'h'" : "MM-dd";
        var step = buckets > 14 ? 2 : 1;
        _volumeLabels = [.. snapshot.BucketStarts.Select((start, i) => i % step == 0 ? start.ToUniversalTime().ToString(format, CultureInfo.InvariantCulture) : string.Empty)];

        var deadLetters = snapshot.DeadLettersByCategory.OrderByDescending(d => d.Value).ToList();
        _deadLabels = [.. deadLetters.Select(d => RunVisuals.CategoryText(d.Key))];
        _deadSeries = [new() { Name = "Dead letters", Data = new ChartData<double>([.. deadLetters.Select(d => (double)d.Value)]) }];

        var finished = snapshot.Flows.Where(f => f.FailureRate is not null).OrderByDescending(f => f.FailureRate).Take(12).ToList();
        _failureLabels = [.. finished.Select(f => f.FlowId)];
        _failureSeries = [new() { Name = "Failure rate %", Data = new ChartData<double>([.. finished.Select(f => Math.Round(f.FailureRate!.Value * 100, 1))]) }];
        _failureOptions = new() { ChartPalette = ["#e53935"], YAxisTitle = "%", ShowLegend = false, YAxisTicks = Tick(finished.Select(f => f.FailureRate!.Value * 100).DefaultIfEmpty(0).Max()) };

        var slowest = snapshot.SlowestSteps.Take(10).ToList();
        _latencyLabels = [.. slowest.Select(s => _flowId is null ? $"{s.FlowId} · {s.StepId}" : s.StepId)];
        _latencySeries =
        [
            new() { Name = "p50", Data = new ChartData<double>([.. slowest.Select(s => Math.Round(s.P50Ms, 1))]) },
            new() { Name = "p95", Data = new ChartData<double>([.. slowest.Select(s => Math.Round(s.P95Ms, 1))]) },
        ];
        _latencyOptions = new() { ChartPalette = ["#90caf9", "#3949ab"], YAxisTitle = "ms", ShowLegend = true, YAxisTicks = Tick(slowest.Select(s => s.P95Ms).DefaultIfEmpty(0).Max()) };
    }

    private string RunsHref(string? status, string? flowId = null) =>
        Href(new() { ["status"] = status, ["range"] = CurrentWindow.Range, ["flow"] = flowId ?? _flowId });

    private string CategoryHref(string category) =>
        Href(new() { ["status"] = "failed", ["category"] = category, ["range"] = "all", ["flow"] = _flowId });

    private string Href(Dictionary<string, object?> query) => Navigation.GetUriWithQueryParameters("/runs", query);

    private void WindowChangedAsync(string window) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["window"] = window, ["flow"] = _flowId }));

    private void FlowChangedAsync(string? flowId) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["window"] = _window, ["flow"] = flowId }));
}
