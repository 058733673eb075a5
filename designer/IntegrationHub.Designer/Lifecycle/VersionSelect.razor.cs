using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>A drop-down of a history's versions, each shown with its status.</summary>
public partial class VersionSelect
{
    /// <summary>Gets or sets the versions offered.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<VersionRow> Versions { get; set; } = [];

    /// <summary>Gets or sets the chosen version number.</summary>
    [Parameter]
    public int Value { get; set; }

    /// <summary>Gets or sets what happens when another version is chosen.</summary>
    [Parameter]
    public EventCallback<int> ValueChanged { get; set; }

    /// <summary>Gets or sets the label.</summary>
    [Parameter]
    public string? Label { get; set; }

    /// <summary>Gets or sets CSS classes.</summary>
    [Parameter]
    public string? Class { get; set; }

    /// <summary>Gets or sets inline style.</summary>
    [Parameter]
    public string? Style { get; set; }
}
