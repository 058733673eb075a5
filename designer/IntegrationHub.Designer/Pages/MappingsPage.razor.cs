using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Mappings;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>Every mapping with its schemas, published version and draft; search narrows the list as you type.</summary>
public partial class MappingsPage
{
    private IReadOnlyList<MappingSummary>? _mappings;
    private string? _search;
    private string? _error;

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IMappingDesignerService Mappings { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private IEnumerable<MappingSummary> Visible => (_mappings ?? []).Where(Matches);

    private string CountText => _mappings is null ? string.Empty : $"{Visible.Count()} of {_mappings.Count} mappings";

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        try
        {
            _mappings = await Mappings.ListMappingsAsync();
        }
        catch (DesignerException e)
        {
            _mappings = [];
            _error = e.Message;
        }
    }

    private bool Matches(MappingSummary mapping) =>
        string.IsNullOrWhiteSpace(_search)
        || mapping.Name.Contains(_search, StringComparison.OrdinalIgnoreCase)
        || mapping.Id.Contains(_search, StringComparison.OrdinalIgnoreCase)
        || (mapping.SourceSchema?.Contains(_search, StringComparison.OrdinalIgnoreCase) ?? false)
        || (mapping.TargetSchema?.Contains(_search, StringComparison.OrdinalIgnoreCase) ?? false);

    private void OpenRow(TableRowClickEventArgs<MappingSummary> row)
    {
        if (row.Item is { } mapping)
        {
            Navigation.NavigateTo($"/mappings/{Uri.EscapeDataString(mapping.Id)}");
        }
    }
}
