using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage.Audit;
using IntegrationHub.Storage.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IntegrationHub.Server.Apis;

/// <summary>Login, logout, who am I, password change.</summary>
internal static class AuthApi
{
    private const int MaxFailedLogins = 5;
    private static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Auth");
        api.MapPost("/login", LoginAsync).AllowAnonymous();
        api.MapPost("/logout", LogoutAsync).RequireAuthorization();
        api.MapGet("/me", Me).RequireAuthorization();
        api.MapPost("/password", ChangePasswordAsync).RequireAuthorization().Audited("auth.changePassword");
        return app;
    }

    private static async Task<Results<Ok<CurrentPrincipal>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext http, UserRepository users, AuditLog audit, IPasswordHasher<string> hasher, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return HubProblems.Invalid("User name and password are required", new Dictionary<string, string[]> { ["userName"] = ["required"], ["password"] = ["required"] });
        }

        var user = await users.FindByNameAsync(request.UserName, ct);
        var now = clock.GetUtcNow();
        if (user is null || user.Disabled || user.LockedUntil > now
            || hasher.VerifyHashedPassword(user.UserName, user.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            if (user is not null && !user.Disabled)
            {
                user.FailedLogins++;
                if (user.FailedLogins >= MaxFailedLogins)
                {
                    user.LockedUntil = now + LockoutDuration;
                    user.FailedLogins = 0;
                }

                await users.SaveAsync(user, ct);
            }

            await audit.WriteAsync(request.UserName, HubClaims.UserKind, "auth.login", request.UserName, "401", cancellationToken: ct);

            // One answer for unknown user, wrong password, lockout and disabled: nothing to enumerate.
            return TypedResults.Problem(title: "Login failed", detail: "The user name or password is wrong, or the account is locked for a few minutes.", statusCode: StatusCodes.Status401Unauthorized, type: HubProblems.TypeBase + "login-failed");
        }

        user.FailedLogins = 0;
        user.LockedUntil = null;
        await users.SaveAsync(user, ct);
        var principal = PrincipalExtensions.Create(user.UserName, HubClaims.UserKind, UserRepository.SplitRoles(user.Roles), HubClaims.CookieScheme, user.MustChangePassword, user.Id);
        await http.SignInAsync(HubClaims.CookieScheme, principal);
        await audit.WriteAsync(user.UserName, HubClaims.UserKind, "auth.login", user.UserName, "200", cancellationToken: ct);
        return TypedResults.Ok(new CurrentPrincipal(user.UserName, HubClaims.UserKind, UserRepository.SplitRoles(user.Roles), user.MustChangePassword));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await http.SignOutAsync(HubClaims.CookieScheme);
        return TypedResults.NoContent();
    }

    private static Ok<CurrentPrincipal> Me(HttpContext http) =>
        TypedResults.Ok(new CurrentPrincipal(http.User.ActorName(), http.User.ActorKind(), http.User.HubRoles(), http.User.MustChangePassword()));

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext http, UserRepository users, IPasswordHasher<string> hasher, CancellationToken ct)
    {
        if (http.User.ActorKind() != HubClaims.UserKind || !Guid.TryParse(http.User.FindFirst(HubClaims.UserId)?.Value, out var userId))
        {
            return TypedResults.Problem(title: "Not a person", detail: "API keys have no password.", statusCode: StatusCodes.Status400BadRequest, type: HubProblems.TypeBase + "invalid-request");
        }

        var user = await users.FindAsync(userId, ct);
        if (user is null || hasher.VerifyHashedPassword(user.UserName, user.PasswordHash, request.CurrentPassword ?? string.Empty) == PasswordVerificationResult.Failed)
        {
            return HubProblems.Invalid("Password not changed", new Dictionary<string, string[]> { ["currentPassword"] = ["the current password is wrong"] });
        }

        if (PasswordPolicy.Check(request.NewPassword, user.UserName) is { } problem)
        {
            return HubProblems.Invalid("Password not changed", new Dictionary<string, string[]> { ["newPassword"] = [problem] });
        }

        user.PasswordHash = hasher.HashPassword(user.UserName, request.NewPassword);
        user.MustChangePassword = false;
        await users.SaveAsync(user, ct);

        // Re-issue the cookie without the one-time-password mark.
        var principal = PrincipalExtensions.Create(user.UserName, HubClaims.UserKind, UserRepository.SplitRoles(user.Roles), HubClaims.CookieScheme, false, user.Id);
        await http.SignInAsync(HubClaims.CookieScheme, principal);
        return TypedResults.NoContent();
    }
}
