using IntegrationHub.Contracts.Flows;
using IntegrationHub.Flows.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Problems;

/// <summary>RFC 7807 answers with field-level errors, shaped the same way across the API.</summary>
internal static class HubProblems
{
    public const string TypeBase = "https://integrationhub.dev/problems/";

    /// <summary>400 for an invalid flow: <c>errors</c> keyed by JSON path, and the full list in <c>flowErrors</c>.</summary>
    public static ProblemHttpResult InvalidFlow(IReadOnlyList<FlowValidationError> errors)
    {
        var byPath = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => (object?)g.Select(e => e.Message).ToArray());
        return TypedResults.Problem(
            title: "The flow definition is invalid",
            detail: $"{errors.Count} error(s) found; each names its JSON path.",
            statusCode: StatusCodes.Status400BadRequest,
            type: TypeBase + "invalid-flow",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = byPath,
                ["flowErrors"] = errors.Select(ToDto).ToArray(),
            });
    }

    /// <summary>400 for an invalid mapping document or lookup table: <c>errors</c> keyed by JSON path, and the full list in <c>documentErrors</c>.</summary>
    public static ProblemHttpResult InvalidMapping(string title, IReadOnlyList<FlowValidationError> errors)
    {
        var byPath = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => (object?)g.Select(e => e.Message).ToArray());
        return TypedResults.Problem(
            title: title,
            detail: errors.Count == 0 ? "The document is not usable." : $"{errors.Count} error(s) found; each names its JSON path. First: {errors[0].Path}: {errors[0].Message}",
            statusCode: StatusCodes.Status400BadRequest,
            type: TypeBase + "invalid-mapping",
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = byPath,
                ["documentErrors"] = errors.Select(ToDto).ToArray(),
            });
    }

    /// <summary>413 for a body over the limit.</summary>
    public static ProblemHttpResult TooLarge(string what, int maxBytes) =>
        TypedResults.Problem(title: $"{what} too large", detail: $"A {what.ToLowerInvariant()} may have at most {maxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, type: TypeBase + "too-large");

    /// <summary>400 for a request whose fields are wrong.</summary>
    public static ProblemHttpResult Invalid(string title, IDictionary<string, string[]> errors) =>
        TypedResults.Problem(
            title: title,
            detail: string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")),
            statusCode: StatusCodes.Status400BadRequest,
            type: TypeBase + "invalid-request",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound, type: TypeBase + "not-found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict, type: TypeBase + "conflict");

    public static FlowErrorDto ToDto(FlowValidationError e) => new(e.File, e.Path, e.Message, e.Code);
}
