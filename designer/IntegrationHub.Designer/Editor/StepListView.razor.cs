using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>One lane of the graph: its steps top to bottom, with a place to add a step before each and at the end.</summary>
public partial class StepListView
{
    /// <summary>Gets or sets the editor state.</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the JSON path of the step list (<c>$.steps</c>, <c>$.steps[2].cases[0].steps</c>…).</summary>
    [Parameter]
    [EditorRequired]
    public string ListPath { get; set; } = "$.steps";

    /// <summary>Gets or sets the lane's name for assistive technology.</summary>
    [Parameter]
    public string Label { get; set; } = "Steps";

    /// <summary>Gets or sets the step kinds that can be added.</summary>
    [Parameter]
    public IReadOnlyList<NodeKindDescriptor> Kinds { get; set; } = [];
}
