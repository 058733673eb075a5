using IntegrationHub.Designer.Shell;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// The password change (forced after a one-time password), rendered statically and posted with fetch to
/// <c>POST /api/auth/password</c>, which re-issues the cookie without the one-time mark.
/// </summary>
public partial class ChangePassword
{
    /// <summary>Gets or sets where to go afterwards (a local path; anything else is ignored).</summary>
    [SupplyParameterFromQuery(Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    private string SafeReturnUrl => LocalUrl.OrRoot(ReturnUrl);
}
