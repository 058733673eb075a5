using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.Security;

/// <summary>
/// A person signed in with a one-time password may only change it (and sign out): every other API
/// call answers 403 until then.
/// </summary>
internal sealed class PasswordChangeRequiredMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.MustChangePassword()
            && context.Request.Path.StartsWithSegments("/api")
            && !context.Request.Path.StartsWithSegments("/api/auth"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(
                new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Password change required",
                    Detail = "You signed in with a one-time password. Set your own with POST /api/auth/password first.",
                    Type = "https://integrationhub.dev/problems/password-change-required",
                },
                options: null,
                contentType: "application/problem+json",
                cancellationToken: context.RequestAborted);
            return;
        }

        await next(context);
    }
}
