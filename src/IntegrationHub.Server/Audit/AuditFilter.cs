using IntegrationHub.Server.Hosting;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage.Audit;

namespace IntegrationHub.Server.Audit;

/// <summary>
/// Records every mutating call in the audit log: who, what (the endpoint's action name), on what
/// (route values), when, and the outcome, also when the call fails.
/// </summary>
internal sealed class AuditFilter(string action) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception ex)
        {
            await WriteAsync(http, $"error:{ex.GetType().Name}");
            throw;
        }

        // Results<A, B> wraps the real result; unwrap it to read the status the caller will get.
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        var status = inner is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
        await WriteAsync(http, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return result;
    }

    private async Task WriteAsync(HttpContext http, string outcome)
    {
        var target = string.Join('/', http.Request.RouteValues.Where(v => v.Key is not "action" and not "controller").Select(v => v.Value?.ToString()));
        var audit = http.RequestServices.GetRequiredService<AuditLog>();

        // The audit write must not be lost because the caller hung up.
        await audit.WriteAsync(http.User.ActorName(), http.User.ActorKind(), action, target.Length == 0 ? null : target, outcome, correlationId: CorrelationScopeMiddleware.Of(http), cancellationToken: CancellationToken.None);
    }
}
