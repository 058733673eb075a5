using System.Globalization;
using System.Security.Claims;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage.Audit;

namespace IntegrationHub.Server.Designer;

/// <summary>
/// Writes the audit entry of a designer action the way the API's audit filter writes it for the same endpoint: the
/// endpoint's action name, the route values as the target, and the HTTP status the endpoint answers (or
/// <c>error:ExceptionType</c> when the action throws), also on failure. <c>details</c> says it came from the designer.
/// </summary>
internal sealed class DesignerAudit(IServiceScopeFactory scopes)
{
    public const string Details = "designer";

    /// <summary>Runs <paramref name="action"/> and records its outcome as <paramref name="status"/> maps the result.</summary>
    public async Task<T> RecordAsync<T>(ClaimsPrincipal user, string actionName, string? target, Func<Task<T>> action, Func<T, int> status)
    {
        T result;
        try
        {
            result = await action();
        }
        catch (Exception e)
        {
            await WriteAsync(user, actionName, target, $"error:{e.GetType().Name}");
            throw;
        }

        await WriteAsync(user, actionName, target, status(result).ToString(CultureInfo.InvariantCulture));
        return result;
    }

    /// <summary>Records an outcome decided without running an action (a refused request).</summary>
    public async Task WriteAsync(ClaimsPrincipal user, string actionName, string? target, string outcome)
    {
        await using var scope = scopes.CreateAsyncScope();

        // As in the API: the entry must not be lost because the caller went away.
        await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync(
            user.ActorName(), user.ActorKind(), actionName, target, outcome, details: Details, cancellationToken: CancellationToken.None);
    }
}
