using System.Globalization;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Runs;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Runs;

/// <summary>
/// Replays every run a filter matches as one background operation of the hub, and follows it: how many runs match
/// before starting, then a progress bar polled from the operation until it completes.
/// </summary>
public sealed partial class BulkReplayPanel : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private RunSearch? _counted;
    private int? _count;
    private string _action = BulkReplayActions.Retry;
    private BulkOperationDto? _operation;
    private string? _error;
    private bool _busy;

    /// <summary>Gets or sets the filter whose runs are replayed (failed runs when it names no status).</summary>
    [Parameter]
    [EditorRequired]
    public RunSearch Search { get; set; } = new();

    /// <summary>Gets or sets how often the progress is read. The default value is one second.</summary>
    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets what happens when the replay has finished (the list reloads).</summary>
    [Parameter]
    public EventCallback<BulkOperationDto> OnCompleted { get; set; }

    /// <summary>Gets or sets what happens when the person closes the panel.</summary>
    [Parameter]
    public EventCallback OnClose { get; set; }

    [Inject]
    private IRunsDesignerService Runs { get; set; } = default!;

    private RunSearch Effective => Search.Statuses.Count == 0 ? Search with { Statuses = ["failed"] } : Search;

    private int Done => _operation is null ? 0 : _operation.Succeeded + _operation.Failed;

    private string MatchText => _count switch
    {
        null => "Counting the runs this filter matches…",
        0 => "No run matches this filter, so there is nothing to replay.",
        1 => "1 run matches this filter.",
        var n => $"{n.Value.ToString(CultureInfo.InvariantCulture)} runs match this filter.",
    };

    private string StartText => _count is > 0 ? $"Replay {(_count == 1 ? "1 run" : $"{_count.Value.ToString(CultureInfo.InvariantCulture)} runs")}" : "Replay";

    private string ProgressText => _operation is null
        ? string.Empty
        : $"{Done.ToString(CultureInfo.InvariantCulture)} of {_operation.Total.ToString(CultureInfo.InvariantCulture)} processed: {_operation.Succeeded.ToString(CultureInfo.InvariantCulture)} replayed, {_operation.Failed.ToString(CultureInfo.InvariantCulture)} could not be replayed{(_operation.Status == "running" ? "…" : ".")}";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (_operation is not null || Equals(_counted, Search))
        {
            return;
        }

        _counted = Search;
        _count = null;
        try
        {
            _count = await Runs.CountAsync(Effective, _stop.Token);
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
    }

    private async Task StartAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            _operation = await Runs.StartBulkReplayAsync(_action, Effective, _stop.Token);
            _ = FollowAsync(_operation.Id);
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task FollowAsync(Guid operationId)
    {
        try
        {
            using var timer = new PeriodicTimer(PollInterval);
            while (_operation?.Status == "running" && await timer.WaitForNextTickAsync(_stop.Token))
            {
                var current = await Runs.GetBulkReplayAsync(operationId, _stop.Token);
                if (current is null)
                {
                    break;
                }

                await InvokeAsync(async () =>
                {
                    _operation = current;
                    StateHasChanged();
                    if (current.Status != "running")
                    {
                        await OnCompleted.InvokeAsync(current);
                    }
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The person left the page.
        }
        catch (DesignerException e)
        {
            await InvokeAsync(() =>
            {
                _error = e.Message;
                StateHasChanged();
            });
        }
    }

    private async Task CloseAsync() => await OnClose.InvokeAsync();
}
