using System.Globalization;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Designer.Runs;
using IntegrationHub.Designer.Shell;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// Finds runs by flow, status, error category, time, business key and correlation id, newest first, page by page. The
/// filter lives in the address, so a search can be bookmarked and shared (the dashboard links here the same way).
/// Operators can replay everything the filter matches.
/// </summary>
public partial class RunsPage
{
    private const string CustomRange = "custom";
    private const string AnyRange = "all";

    private static readonly IReadOnlyList<(string Value, string Text)> Ranges =
    [
        ("1h", "In the last hour"),
        ("24h", "In the last 24 hours"),
        ("7d", "In the last 7 days"),
        ("30d", "In the last 30 days"),
        (AnyRange, "Any time"),
        (CustomRange, "Between…"),
    ];

    private readonly Stack<DateTimeOffset?> _newer = new();
    private IReadOnlyList<FlowSummary> _flows = [];
    private RunSearch _search = new();
    private RunPage? _page;
    private string? _flowId;
    private List<string> _statuses = [];
    private string? _category;
    private string _range = "7d";
    private DateTime? _from;
    private DateTime? _to;
    private string? _key;
    private string? _correlation;
    private string? _error;
    private bool _loading = true;
    private bool _showBulk;

    /// <summary>Gets or sets the flow filter from the address.</summary>
    [SupplyParameterFromQuery(Name = "flow")]
    public string? Flow { get; set; }

    /// <summary>Gets or sets the statuses (comma separated) from the address.</summary>
    [SupplyParameterFromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>Gets or sets the error category from the address.</summary>
    [SupplyParameterFromQuery(Name = "category")]
    public string? Category { get; set; }

    /// <summary>Gets or sets the time range (1h, 24h, 7d, 30d, all, custom) from the address.</summary>
    [SupplyParameterFromQuery(Name = "range")]
    public string? Range { get; set; }

    /// <summary>Gets or sets the start of a custom range (ISO 8601, UTC) from the address.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Gets or sets the end of a custom range (ISO 8601, UTC) from the address.</summary>
    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>Gets or sets the business key from the address.</summary>
    [SupplyParameterFromQuery(Name = "key")]
    public string? Key { get; set; }

    /// <summary>Gets or sets the correlation id from the address.</summary>
    [SupplyParameterFromQuery(Name = "correlation")]
    public string? Correlation { get; set; }

    /// <summary>Gets or sets the page cursor from the address.</summary>
    [SupplyParameterFromQuery(Name = "before")]
    public string? Before { get; set; }

    /// <summary>Gets or sets the page size from the address.</summary>
    [SupplyParameterFromQuery(Name = "size")]
    public int? Limit { get; set; }

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IRunsDesignerService Runs { get; set; } = default!;

    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private int PageSize => Limit is 25 or 50 or 100 ? Limit.Value : RunSearch.DefaultPageSize;

    private IEnumerable<RunSummaryDto> Rows => _page?.Runs ?? [];

    private string PageText => _page is null
        ? string.Empty
        : _page.Runs.Count == 0 ? "No runs" : $"{_page.Runs.Count} {(_page.Runs.Count == 1 ? "run" : "runs")}, newest first{(Before is null ? string.Empty : " (older page)")}";

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        try
        {
            _flows = await Flows.ListFlowsAsync();
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _flowId = Blank(Flow);
        _statuses = (Status ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        _category = Blank(Category);
        _range = Ranges.Any(r => r.Value == Range) ? Range! : (From is not null || To is not null ? CustomRange : "7d");
        _from = ParseTime(From)?.UtcDateTime;
        _to = ParseTime(To)?.UtcDateTime;
        _key = Blank(Key);
        _correlation = Blank(Correlation);

        var now = Clock.GetUtcNow();
        var (from, to) = _range switch
        {
            "1h" => (now.AddHours(-1), (DateTimeOffset?)null),
            "24h" => (now.AddHours(-24), null),
            "7d" => (now.AddDays(-7), null),
            "30d" => (now.AddDays(-30), null),
            CustomRange => (ParseTime(From), ParseTime(To)),
            _ => ((DateTimeOffset?)null, (DateTimeOffset?)null),
        };
        _search = new RunSearch
        {
            FlowId = _flowId,
            Statuses = [.. _statuses],
            ErrorCategory = _category,
            From = from,
            To = to,
            BusinessKey = _key,
            CorrelationId = _correlation,
            PageSize = PageSize,
        };
        await LoadAsync();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private string Took(RunSummaryDto run) => run.CompletedAt is { } end
        ? Formats.Duration(end - run.CreatedAt)
        : RunVisuals.LiveStatuses.Contains(run.Status) ? $"{Formats.Duration(Clock.GetUtcNow() - run.CreatedAt)} so far" : "—";

    private async Task LoadAsync()
    {
        _loading = true;
        _error = null;
        try
        {
            _page = await Runs.SearchAsync(_search with { Before = ParseTime(Before) });
        }
        catch (DesignerException e)
        {
            _page = new RunPage([], null);
            _error = e.Message;
        }
        finally
        {
            _loading = false;
        }
    }

    private Task ReloadAsync() => LoadAsync();

    private async Task ApplyAsync()
    {
        _newer.Clear();
        await NavigateAsync(before: null);
    }

    private async Task ClearAsync()
    {
        _flowId = null;
        _statuses = [];
        _category = null;
        _range = "7d";
        _from = null;
        _to = null;
        _key = null;
        _correlation = null;
        _newer.Clear();
        await NavigateAsync(before: null);
    }

    private async Task FirstPageAsync()
    {
        _newer.Clear();
        await NavigateAsync(before: null, fromForm: false);
    }

    private async Task OlderAsync()
    {
        if (_page?.NextBefore is { } next)
        {
            _newer.Push(ParseTime(Before));
            await NavigateAsync(next, fromForm: false);
        }
    }

    private async Task NewerAsync() => await NavigateAsync(_newer.Count > 0 ? _newer.Pop() : null, fromForm: false);

    private async Task PageSizeChangedAsync(int size)
    {
        Limit = size;
        _newer.Clear();
        await NavigateAsync(before: null, fromForm: false);
    }

    private async Task BulkCompletedAsync(BulkOperationDto operation) => await LoadAsync();

    /// <summary>Puts the filter in the address; the page reloads from there (so back, bookmarks and links work).</summary>
    private async Task NavigateAsync(DateTimeOffset? before, bool fromForm = true)
    {
        var query = new Dictionary<string, object?>
        {
            ["flow"] = fromForm ? _flowId : Blank(Flow),
            ["status"] = fromForm ? (_statuses.Count == 0 ? null : string.Join(',', _statuses)) : Blank(Status),
            ["category"] = fromForm ? _category : Blank(Category),
            ["range"] = fromForm ? _range : Range,
            ["from"] = fromForm ? (_range == CustomRange && _from is { } f ? Iso(new DateTimeOffset(DateTime.SpecifyKind(f, DateTimeKind.Utc))) : null) : From,
            ["to"] = fromForm ? (_range == CustomRange && _to is { } t ? Iso(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))) : null) : To,
            ["key"] = fromForm ? _key : Blank(Key),
            ["correlation"] = fromForm ? _correlation : Blank(Correlation),
            ["before"] = before is { } b ? Iso(b) : null,
            ["size"] = PageSize == RunSearch.DefaultPageSize ? null : PageSize,
        };
        var target = Navigation.ToAbsoluteUri(Navigation.GetUriWithQueryParameters("/runs", query));
        if (target == new Uri(Navigation.Uri))
        {
            // The same address does not navigate: search again in place (new runs may have arrived).
            await LoadAsync();
            return;
        }

        Navigation.NavigateTo(target.ToString());
    }

    private void OpenRow(TableRowClickEventArgs<RunSummaryDto> row)
    {
        if (row.Item is { } run)
        {
            Navigation.NavigateTo($"/runs/{run.Id}");
        }
    }
}
