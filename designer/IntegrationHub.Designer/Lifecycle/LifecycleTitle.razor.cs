using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>A document's name as the page heading, with its live version and whether it has a draft, and its id below.</summary>
public partial class LifecycleTitle
{
    /// <summary>Gets or sets the display name.</summary>
    [Parameter]
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the id.</summary>
    [Parameter]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the versions, newest first.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<VersionRow> Versions { get; set; } = [];

    /// <summary>Gets or sets more facts shown after the id (in the same line).</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }
}
