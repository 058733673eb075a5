using System.Security.Claims;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Server.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace IntegrationHub.Server.Designer;

/// <summary>
/// The person behind a designer call (the circuit's user, not an HTTP request's) and the same policy checks
/// the API endpoints apply: the designer's UI hides what a role may not do, this refuses it anyway.
/// </summary>
internal sealed class DesignerCaller(AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    public async Task<ClaimsPrincipal> UserAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User;
    }

    /// <summary>Returns the user when they satisfy <paramref name="policy"/>; throws <see cref="DesignerAccessDeniedException"/> otherwise.</summary>
    public async Task<ClaimsPrincipal> RequireAsync(string policy)
    {
        var user = await UserAsync();
        if (user.Identity?.IsAuthenticated != true)
        {
            throw new DesignerAccessDeniedException("You are not signed in.");
        }

        // Same rule as PasswordChangeRequiredMiddleware for the API: a one-time password allows nothing else.
        if (user.MustChangePassword())
        {
            throw new DesignerAccessDeniedException("Set your own password first.");
        }

        var result = await authorization.AuthorizeAsync(user, resource: null, policy);
        return result.Succeeded ? user : throw new DesignerAccessDeniedException($"Your roles ({string.Join(", ", user.HubRoles())}) do not allow this.");
    }
}
