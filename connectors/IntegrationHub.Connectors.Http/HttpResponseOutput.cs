using System.ComponentModel;
using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Http;

/// <summary>A successful response.</summary>
public sealed class HttpResponseOutput
{
    /// <summary>Gets the status code.</summary>
    [Description("HTTP status code (2xx).")]
    public required int StatusCode { get; init; }

    /// <summary>Gets the response headers.</summary>
    [Description("Response headers.")]
    public required Dictionary<string, string> Headers { get; init; }

    /// <summary>Gets the body: parsed JSON for JSON responses, otherwise a string; absent when empty.</summary>
    [Description("Body: JSON when the response is JSON, otherwise text.")]
    public JsonNode? Body { get; init; }
}
