using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>Every flow with its published version, draft and triggers; search narrows the list as you type.</summary>
public partial class FlowsPage
{
    private IReadOnlyList<FlowSummary>? _flows;
    private string? _search;
    private string? _error;

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private IEnumerable<FlowSummary> Visible => (_flows ?? []).Where(Matches);

    private string CountText => _flows is null ? string.Empty : $"{Visible.Count()} of {_flows.Count} flows";

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        try
        {
            _flows = await Flows.ListFlowsAsync();
        }
        catch (DesignerException e)
        {
            _flows = [];
            _error = e.Message;
        }
    }

    private bool Matches(FlowSummary flow) =>
        string.IsNullOrWhiteSpace(_search)
        || flow.Name.Contains(_search, StringComparison.OrdinalIgnoreCase)
        || flow.Id.Contains(_search, StringComparison.OrdinalIgnoreCase)
        || flow.Triggers.Any(t => t.Contains(_search, StringComparison.OrdinalIgnoreCase));

    private void OpenRow(TableRowClickEventArgs<FlowSummary> row)
    {
        if (row.Item is { } flow)
        {
            Navigation.NavigateTo($"/flows/{Uri.EscapeDataString(flow.Id)}");
        }
    }
}
