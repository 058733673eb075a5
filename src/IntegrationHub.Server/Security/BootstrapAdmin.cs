using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Hosting;
using IntegrationHub.Storage.Audit;
using IntegrationHub.Storage.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Server.Security;

/// <summary>
/// Creates the first admin while no user exists: with the configured password, or with a one-time
/// password printed once to the console (never to the log). Optionally creates an admin API key.
/// </summary>
internal sealed partial class BootstrapAdmin(
    UserRepository users,
    ApiKeyRepository apiKeys,
    AuditLog audit,
    IPasswordHasher<string> hasher,
    IOptions<BootstrapOptions> options,
    ILogger<BootstrapAdmin> logger)
{
    /// <summary>Gets the text shown to the person starting the hub, or null when nothing was created.</summary>
    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        if (await users.AnyAsync(cancellationToken))
        {
            return null;
        }

        var settings = options.Value;
        var userName = settings.AdminUserName;
        var preset = !string.IsNullOrEmpty(settings.AdminPassword);
        if (preset && PasswordPolicy.Check(settings.AdminPassword, userName) is { } problem)
        {
            throw new InvalidOperationException($"Hub:Bootstrap:AdminPassword is not acceptable: {problem}.");
        }

        var password = preset ? settings.AdminPassword! : PasswordPolicy.GenerateOneTime();
        try
        {
            await users.CreateAsync(userName, hasher.HashPassword(userName, password), [HubRoles.Admin], mustChangePassword: !preset, cancellationToken);
        }
        catch (Storage.StoreException)
        {
            // Another node bootstrapped at the same moment: it owns the first admin.
            return null;
        }

        await audit.WriteAsync("system", "system", "bootstrap.admin", userName, "created", preset ? "password from configuration" : "one-time password", cancellationToken: cancellationToken);
        LogAdminCreated(logger, userName, preset);
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            await apiKeys.CreateAsync("bootstrap", [HubRoles.Admin], "system", settings.ApiKey, cancellationToken);
            await audit.WriteAsync("system", "system", "bootstrap.apikey", "bootstrap", "created", cancellationToken: cancellationToken);
        }

        return preset
            ? $"Admin user '{userName}' created with the password from Hub:Bootstrap:AdminPassword."
            : $"Admin user '{userName}' created. One-time password (shown only now): {password}{Environment.NewLine}  You will be asked to choose your own password after signing in.";
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Created the first admin user {UserName} (password from configuration: {Preset})")]
    private static partial void LogAdminCreated(ILogger logger, string userName, bool preset);
}
