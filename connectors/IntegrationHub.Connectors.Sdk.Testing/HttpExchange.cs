using System.Net;

namespace IntegrationHub.Connectors.Sdk.Testing;

/// <summary>One captured HTTP request and its response.</summary>
/// <param name="Method">The request method.</param>
/// <param name="Uri">The request URI.</param>
/// <param name="RequestHeaders">The request headers (including content headers), names as sent.</param>
/// <param name="RequestBody">The request body as text; <see langword="null"/> without content.</param>
/// <param name="StatusCode">The response status; <see langword="null"/> when the request failed before a response.</param>
/// <param name="ResponseHeaders">The response headers (including content headers).</param>
/// <param name="ResponseBody">The response body as text.</param>
/// <param name="Error">The exception that ended the request, if any.</param>
public sealed record HttpExchange(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> RequestHeaders,
    string? RequestBody,
    HttpStatusCode? StatusCode,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    string? ResponseBody,
    Exception? Error);
