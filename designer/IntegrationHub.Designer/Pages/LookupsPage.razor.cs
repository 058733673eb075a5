using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Mappings;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Pages;

/// <summary>The lookup tables mappings translate codes with.</summary>
public partial class LookupsPage
{
    private IReadOnlyList<LookupTableSummary>? _tables;
    private string? _error;

    [Inject]
    private IMappingDesignerService Mappings { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        try
        {
            _tables = await Mappings.ListLookupTablesAsync();
        }
        catch (DesignerException e)
        {
            _tables = [];
            _error = e.Message;
        }
    }
}
