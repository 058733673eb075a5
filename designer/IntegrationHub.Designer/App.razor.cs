using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Designer;

/// <summary>
/// The designer's HTML document. Pages run interactively on the server, except the sign-in and password pages:
/// they are rendered statically so that the cookie is set by a normal HTTP response and an anonymous visitor never opens a circuit.
/// </summary>
public partial class App
{
    /// <summary>Gets or sets the request being rendered (cascaded by the framework during static rendering).</summary>
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    private IComponentRenderMode? PageRenderMode =>
        HttpContext is null || HttpContext.AcceptsInteractiveRouting() ? RenderMode.InteractiveServer : null;
}
