using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>What every part of a call's input editor gets: the editor state, the input object it edits, and whether editing is off.</summary>
public abstract class InputEditorBase : ComponentBase
{
    /// <summary>Gets or sets the editor state (errors, change tracking).</summary>
    [Parameter]
    [EditorRequired]
    public FlowEditorState State { get; set; } = default!;

    /// <summary>Gets or sets the object of the input being edited (the input itself, or an object nested in it).</summary>
    [Parameter]
    [EditorRequired]
    public InputScope Scope { get; set; } = default!;

    /// <summary>Gets or sets whether editing is off.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }
}
