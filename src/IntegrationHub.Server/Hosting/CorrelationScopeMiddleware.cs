using System.Diagnostics;

namespace IntegrationHub.Server.Hosting;

/// <summary>
/// Puts the request's correlation id (the caller's <c>X-Correlation-Id</c>, else the trace id, else a new one
/// of the same form) in the logging scope of everything the request logs, keeps it for the endpoints
/// (<see cref="Of"/>: runs started by the request and audit records carry it) and echoes it in the response, so a
/// log line can always be tied to a caller's request; runs carry their own correlation id scope while they execute.
/// </summary>
internal sealed class CorrelationScopeMiddleware(RequestDelegate next, ILogger<CorrelationScopeMiddleware> logger)
{
    /// <summary>The header a caller may send (and that the answer carries).</summary>
    public const string Header = "X-Correlation-Id";

    private static readonly object ItemKey = new();

    /// <summary>The request's correlation id (the one this middleware chose; a new one outside its pipeline).</summary>
    public static string Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var id) && id is string correlationId ? correlationId : Choose(context);

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = Choose(context);
        context.Items[ItemKey] = correlationId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.TryAdd(Header, correlationId);
            return Task.CompletedTask;
        });
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }

    private static string Choose(HttpContext context)
    {
        var supplied = context.Request.Headers[Header].FirstOrDefault();
        return IsUsable(supplied) ? supplied! : (Activity.Current?.TraceId ?? ActivityTraceId.CreateRandom()).ToHexString();
    }

    // A caller's id goes into logs and headers: keep it short and printable.
    private static bool IsUsable(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 128 && value.All(c => c is > ' ' and < (char)127);
}
