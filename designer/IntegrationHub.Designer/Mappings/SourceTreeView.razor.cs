using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Mappings;

/// <summary>The source payload's fields; picking one puts its path into the selected rule.</summary>
public partial class SourceTreeView
{
    /// <summary>Gets or sets the fields at this level.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<SchemaField> Fields { get; set; } = [];

    /// <summary>Gets or sets a value indicating whether fields can be picked (a rule is selected and may be edited).</summary>
    [Parameter]
    public bool Enabled { get; set; }

    /// <summary>Gets or sets what happens when a field is picked.</summary>
    [Parameter]
    public EventCallback<SchemaField> OnPick { get; set; }

    /// <summary>Gets or sets the nesting depth (0 for the whole tree).</summary>
    [Parameter]
    public int Depth { get; set; }
}
