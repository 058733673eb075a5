using System.Text.Encodings.Web;
using IntegrationHub.Storage.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Server.Security;

/// <summary>Authenticates machines by the <c>X-Api-Key</c> header against hashed keys in the store (recently verified keys from <see cref="ApiKeyCache"/>).</summary>
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

        var cache = Context.RequestServices.GetRequiredService<ApiKeyCache>();
        if (!cache.TryGet(presented, out var name, out var roles))
        {
            var keys = Context.RequestServices.GetRequiredService<ApiKeyRepository>();
            var key = await keys.FindActiveAsync(presented, Context.RequestAborted);
            if (key is null)
            {
                return AuthenticateResult.Fail("The API key is unknown or revoked.");
            }

            (name, roles) = (key.Name, key.Roles);
            cache.Remember(presented, name, roles);
        }

        var principal = PrincipalExtensions.Create(name, HubClaims.ApiKeyKind, UserRepository.SplitRoles(roles), Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
        return Task.CompletedTask;
    }
}
