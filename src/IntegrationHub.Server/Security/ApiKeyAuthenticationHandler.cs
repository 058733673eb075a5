using System.Text.Encodings.Web;
using IntegrationHub.Storage.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Server.Security;

/// <summary>Authenticates machines by the <c>X-Api-Key</c> header against hashed keys in the store.</summary>
internal sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HubClaims.ApiKeyHeader, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.ToString();
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > 200)
        {
            return AuthenticateResult.Fail("The X-Api-Key header is empty or malformed.");
        }

        var keys = Context.RequestServices.GetRequiredService<ApiKeyRepository>();
        var key = await keys.FindActiveAsync(presented, Context.RequestAborted);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var principal = PrincipalExtensions.Create(key.Name, HubClaims.ApiKeyKind, UserRepository.SplitRoles(key.Roles), Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
        return Task.CompletedTask;
    }
}
