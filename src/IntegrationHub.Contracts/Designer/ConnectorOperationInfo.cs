using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Designer;

/// <summary>One operation of a connector.</summary>
/// <param name="Name">The operation name a <c>call</c> step uses.</param>
/// <param name="Description">What it does.</param>
/// <param name="IsIdempotent">Whether repeating it with the same idempotency key is safe.</param>
/// <param name="IsPageable">Whether it returns results page by page.</param>
/// <param name="InputSchema">The JSON Schema of its input.</param>
/// <param name="OutputSchema">The JSON Schema of its output.</param>
public sealed record ConnectorOperationInfo(string Name, string? Description, bool IsIdempotent, bool IsPageable, JsonObject InputSchema, JsonObject OutputSchema);
