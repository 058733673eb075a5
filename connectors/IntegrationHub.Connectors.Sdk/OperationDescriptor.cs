using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Sdk;

/// <summary>What the designer and the runtime know about an operation.</summary>
/// <param name="Name">The operation name (camelCase).</param>
/// <param name="Description">What it does.</param>
/// <param name="IsIdempotent">Whether repeating it with the same idempotency key is safe.</param>
/// <param name="IsPageable">Whether it returns results page by page (<c>pageToken</c> in, <c>nextPageToken</c> out).</param>
/// <param name="InputSchema">The JSON Schema of the input.</param>
/// <param name="OutputSchema">The JSON Schema of the output.</param>
public sealed record OperationDescriptor(
    string Name,
    string? Description,
    bool IsIdempotent,
    bool IsPageable,
    JsonObject InputSchema,
    JsonObject OutputSchema);
