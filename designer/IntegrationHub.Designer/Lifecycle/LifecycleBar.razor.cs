using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>
/// A detail page's actions on the whole document: edit (or view, for roles that may only read), discard and publish the
/// draft, export the live version. Each is shown only to the roles that may do it.
/// </summary>
public partial class LifecycleBar
{
    /// <summary>Gets or sets the signed-in session.</summary>
    [Parameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    /// <summary>Gets or sets whether the document has a draft.</summary>
    [Parameter]
    public bool HasDraft { get; set; }

    /// <summary>Gets or sets whether the document has a published version.</summary>
    [Parameter]
    public bool HasPublished { get; set; }

    /// <summary>Gets or sets whether a change is running.</summary>
    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Gets or sets the editor's address.</summary>
    [Parameter]
    public string? EditHref { get; set; }

    /// <summary>Gets or sets where roles that may only read look at the document.</summary>
    [Parameter]
    public string? ViewHref { get; set; }

    /// <summary>Gets or sets more actions on the draft, for roles that may edit it.</summary>
    [Parameter]
    public RenderFragment? DraftActions { get; set; }

    /// <summary>Gets or sets what discarding the draft does.</summary>
    [Parameter]
    public EventCallback OnDiscard { get; set; }

    /// <summary>Gets or sets what publishing the draft does.</summary>
    [Parameter]
    public EventCallback OnPublish { get; set; }

    /// <summary>Gets or sets what exporting the live version does.</summary>
    [Parameter]
    public EventCallback OnExportLive { get; set; }
}
