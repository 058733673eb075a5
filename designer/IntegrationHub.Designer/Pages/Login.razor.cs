using IntegrationHub.Designer.Shell;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// Sign-in, rendered statically: the form is posted with fetch to <c>POST /api/auth/login</c> (designer.js), so the
/// existing endpoint's lockout, audit and cookie rules apply unchanged and the cookie arrives on a normal HTTP response.
/// </summary>
public partial class Login
{
    /// <summary>Gets or sets where to go after signing in (a local path; anything else is ignored).</summary>
    [SupplyParameterFromQuery(Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    private string SafeReturnUrl => LocalUrl.OrRoot(ReturnUrl);
}
