using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>A version history (flow or mapping): number, status, who wrote and published it when, content hash, and the actions the page offers per version.</summary>
public partial class VersionTable
{
    /// <summary>Gets or sets the versions, newest first.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<VersionRow> Versions { get; set; } = [];

    /// <summary>Gets or sets the buttons of a row (view, export, retire…), already filtered by role.</summary>
    [Parameter]
    public RenderFragment<VersionRow>? Actions { get; set; }
}
