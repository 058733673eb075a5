using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Authentication (cookie for people, X-Api-Key for machines) and the role policies.</summary>
internal static class HubAuthenticationExtensions
{
    public static IServiceCollection AddHubSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(HubClaims.SelectorScheme)
            .AddPolicyScheme(HubClaims.SelectorScheme, "Cookie or API key", o =>
                o.ForwardDefaultSelector = ctx => ctx.Request.Headers.ContainsKey(HubClaims.ApiKeyHeader) ? HubClaims.ApiKeyScheme : HubClaims.CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(HubClaims.ApiKeyScheme, null)
            .AddCookie(HubClaims.CookieScheme, o =>
            {
                o.Cookie.Name = "ih.auth";
                o.Cookie.HttpOnly = true;

                // Strict same-site plus JSON-only bodies is the CSRF defence for cookie callers of the API.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.Events.OnRedirectToLogin = ctx => Deny(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Deny(ctx, StatusCodes.Status403Forbidden);
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(HubPolicies.View, p => p.RequireAuthenticatedUser().RequireRole(HubPolicies.Roles[HubPolicies.View]))
            .AddPolicy(HubPolicies.EditDrafts, p => p.RequireAuthenticatedUser().RequireRole(HubPolicies.Roles[HubPolicies.EditDrafts]))
            .AddPolicy(HubPolicies.Publish, p => p.RequireAuthenticatedUser().RequireRole(HubPolicies.Roles[HubPolicies.Publish]))
            .AddPolicy(HubPolicies.Operate, p => p.RequireAuthenticatedUser().RequireRole(HubPolicies.Roles[HubPolicies.Operate]))
            .AddPolicy(HubPolicies.Administer, p => p.RequireAuthenticatedUser().RequireRole(HubPolicies.Roles[HubPolicies.Administer]));

        services.AddSingleton<IPasswordHasher<string>, PasswordHasher<string>>();
        services.AddSingleton<ApiKeyCache>();
        return services;
    }

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        // API callers get a status code, people in the browser get the login page.
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/hooks") || ctx.Request.Path.StartsWithSegments("/openapi") || ctx.Request.Path.StartsWithSegments("/metrics"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
