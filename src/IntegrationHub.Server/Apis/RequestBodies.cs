using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Apis;

/// <summary>
/// Reads request bodies with a size limit, whatever their framing (Content-Length or chunked): documents as text
/// (validated as text, so errors can name lines), run inputs as optional JSON.
/// </summary>
internal static class RequestBodies
{
    /// <summary>Reads the body as UTF-8 text; null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[maxBytes + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return read > maxBytes ? null : new string(buffer, 0, read);
    }

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> bytes of JSON; returns the parsed node (null for an empty body) or the
    /// problem to answer: 413 over the limit, 400 with line and position for malformed JSON.
    /// </summary>
    public static async Task<(JsonNode? Node, ProblemHttpResult? Problem)> ReadJsonAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return (null, null);
        }

        try
        {
            return (JsonNode.Parse(bytes.Span), null);
        }
        catch (JsonException e)
        {
            return (null, TypedResults.Problem(
                title: "Malformed JSON",
                detail: $"The request body is not valid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}.",
                statusCode: StatusCodes.Status400BadRequest,
                type: HubProblems.TypeBase + "malformed-json"));
        }
    }

    private static ProblemHttpResult TooLarge(int maxBytes) => TypedResults.Problem(
        title: "Request too large",
        detail: $"The request body may have at most {maxBytes} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        type: HubProblems.TypeBase + "too-large");
}
