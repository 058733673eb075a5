using System.Globalization;
using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>The "+" between steps: choose a kind, and a step of that kind is inserted here and selected.</summary>
public partial class AddStepMenu
{
    /// <summary>Gets or sets the editor state.</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the list the step goes into.</summary>
    [Parameter]
    [EditorRequired]
    public string ListPath { get; set; } = "$.steps";

    /// <summary>Gets or sets the position (int.MaxValue = at the end).</summary>
    [Parameter]
    public int Index { get; set; }

    /// <summary>Gets or sets the lane's name (for the button's label).</summary>
    [Parameter]
    public string LaneLabel { get; set; } = "Steps";

    /// <summary>Gets or sets the kinds offered.</summary>
    [Parameter]
    public IReadOnlyList<NodeKindDescriptor> Kinds { get; set; } = [];

    private string AriaLabel => Index == int.MaxValue
        ? $"Add a step at the end of {LaneLabel}"
        : $"Add a step before step {(Index + 1).ToString(CultureInfo.InvariantCulture)} of {LaneLabel}";

    private void Add(string kind) => State.AddStep(ListPath, Index, kind);
}
