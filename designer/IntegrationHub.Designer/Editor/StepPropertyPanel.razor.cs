using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>The selected step's properties, one editor per field of its kind as the flow schema defines it.</summary>
public partial class StepPropertyPanel
{
    /// <summary>Gets or sets the editor state.</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the catalog of kinds and known ids.</summary>
    [Parameter]
    [EditorRequired]
    public AuthoringCatalog Catalog { get; set; } = default!;

    private string? Kind => (string?)State.SelectedStep?["kind"];

    private NodeKindDescriptor? Descriptor => Catalog.StepKinds.FirstOrDefault(k => k.Kind == Kind);
}
