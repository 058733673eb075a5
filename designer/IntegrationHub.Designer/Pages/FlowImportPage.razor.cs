using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Lifecycle;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>Upload → validate (every error with its path) → save as the flow's draft.</summary>
public partial class FlowImportPage
{
    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    private static List<BreadcrumbItem> Breadcrumbs => [new("Flows", "/flows"), new("Import", null, disabled: true)];

    private async Task<DocumentCheck> ValidateAsync(string content) => DocumentCheck.From(await Flows.ValidateAsync(content));

    private async Task<bool> ExistsAsync(string id) => await Flows.GetFlowAsync(id) is not null;

    private async Task<DocumentCheck> SaveAsync(string content) => DocumentCheck.From(await Flows.SaveDraftAsync(content, expectedFlowId: null));
}
