using System.Text;

namespace IntegrationHub.Server.Apis;

/// <summary>Reads raw request bodies with a size limit (documents are validated as text, so errors can name lines).</summary>
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
}
