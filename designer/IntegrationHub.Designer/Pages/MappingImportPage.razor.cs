using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Lifecycle;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>Upload a mapping file → validate (every error with its JSON path) → save as the draft of a new or an existing mapping.</summary>
public partial class MappingImportPage
{
    [Inject]
    private IMappingDesignerService Mappings { get; set; } = default!;

    private static List<BreadcrumbItem> Breadcrumbs => [new("Mappings", "/mappings"), new("Import", null, disabled: true)];

    private async Task<DocumentCheck> ValidateAsync(string content) => DocumentCheck.From(await Mappings.ValidateAsync(content));

    private async Task<bool> ExistsAsync(string id) => await Mappings.GetMappingAsync(id) is not null;

    private async Task<DocumentCheck> SaveAsync(string content) => DocumentCheck.From(await Mappings.SaveDraftAsync(content, expectedMappingId: null));
}
