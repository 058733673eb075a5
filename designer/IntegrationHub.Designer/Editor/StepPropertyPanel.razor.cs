using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Editor.Calls;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>
/// The selected step's properties, one editor per field of its kind as the flow schema defines it; a call step's
/// connection, operation and input come from the connector's catalog instead (<see cref="CallStepEditor"/>).
/// </summary>
public partial class StepPropertyPanel
{
    /// <summary>The call step's fields that <see cref="CallStepEditor"/> edits from the connector's catalog.</summary>
    private static readonly string[] CallFields = ["connection", "operation", "input"];

    /// <summary>Gets or sets the editor state.</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the catalog of kinds and known ids.</summary>
    [Parameter]
    [EditorRequired]
    public AuthoringCatalog Catalog { get; set; } = default!;

    /// <summary>Gets or sets the hub's connections and connectors (for call steps).</summary>
    [Parameter]
    [EditorRequired]
    public ConnectorDirectory Connectors { get; set; } = default!;

    private string? Kind => (string?)State.SelectedStep?["kind"];

    private NodeKindDescriptor? Descriptor => Catalog.StepKinds.FirstOrDefault(k => k.Kind == Kind);

    private bool IsCall => Kind == "call";

    /// <summary>Gets the generic field after which a call's connection, operation and input appear (the last one before them in the schema).</summary>
    private string? CallSectionAfter =>
        Descriptor?.Fields.TakeWhile(f => !CallFields.Contains(f.Name)).LastOrDefault(f => f.Kind != FieldKind.Steps)?.Name;

    private FieldDescriptor InputField =>
        Descriptor?.Fields.FirstOrDefault(f => f.Name == "input") ?? new FieldDescriptor("input", FieldKind.Value, false, null, [], null, null);

    private bool IsCallField(FieldDescriptor field) => IsCall && CallFields.Contains(field.Name);
}
