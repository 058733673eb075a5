using System.Text.Json;
using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Runtime.Operations;
using IntegrationHub.Runtime.Triggers;
using IntegrationHub.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Server.Problems;

/// <summary>
/// Turns exceptions into problem details: malformed requests become specific 400s, store outcomes
/// 404/409, and anything else a 500 that reveals nothing but a trace id.
/// </summary>
internal sealed partial class HubExceptionHandler(IProblemDetailsService problems, ILogger<HubExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, type, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => (400, "Malformed JSON", DescribeJson(json), "malformed-json", null),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message, "bad-request", (object?)null),
            JsonException json => (400, "Malformed JSON", DescribeJson(json), "malformed-json", null),
            FlowValidationException invalid => (400, "The flow definition is invalid", invalid.Message, "invalid-flow", invalid.Errors.Select(HubProblems.ToDto).ToArray()),
            StoreException { Kind: StoreErrorKind.NotFound } store => (404, "Not found", store.Message, "not-found", null),
            RunStartException { NotFound: true } start => (404, "Not found", start.Message, "not-found", null),
            RunStartException start => (422, "The run cannot start", start.Message, "run-start", null),
            RunOperationException operation => (409, "Not allowed in the run's state", operation.Message, "conflict", null),
            ConnectionValidationException invalid => (400, "The connection is invalid", invalid.Message, "invalid-connection", invalid.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
            ConnectionConflictException conflict => (409, "Conflict", conflict.Message, "conflict", null),
            StoreException store => (409, "Conflict", store.Message, "conflict", null),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "Client closed request", "The caller went away.", "cancelled", null),
            _ => (500, "Internal error", "An unexpected error occurred. Quote the traceId to your administrator.", "internal", null),
        };
        if (status == 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = HubProblems.TypeBase + type };
        if (errors is not null)
        {
            details.Extensions["errors"] = errors;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    private static string DescribeJson(JsonException json) =>
        $"The request body is not valid JSON{(json.LineNumber is { } line ? $" at line {line + 1}, position {json.BytePositionInLine + 1}" : string.Empty)}{(string.IsNullOrEmpty(json.Path) ? string.Empty : $" (path {json.Path})")}.";

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
