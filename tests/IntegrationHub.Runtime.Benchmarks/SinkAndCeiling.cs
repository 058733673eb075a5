using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>The downstream system: <c>POST /orders</c> counts the request and answers a small JSON receipt.</summary>
internal sealed class Sink
{
    private long _requests;

    public long Requests => Interlocked.Read(ref _requests);

    public void Map(WebApplication app) => app.MapPost("/orders", async (HttpRequest request) =>
    {
        var buffer = new byte[4096];
        long bytes = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            bytes += read;
        }

        var sequence = Interlocked.Increment(ref _requests);
        return Results.Text(
            "{\"accepted\":true,\"sequence\":" + sequence.ToString(CultureInfo.InvariantCulture) + ",\"receivedBytes\":" + bytes.ToString(CultureInfo.InvariantCulture) + "}",
            "application/json");
    });
}

/// <summary>
/// The ceiling: a plain minimal-API handler doing what the durable flow does (map the order in C#, POST it to
/// the sink, answer with the sink's reply) without any journal, run record, authentication or expression engine.
/// </summary>
internal sealed class Ceiling(Uri sink) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = sink,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public void Map(WebApplication app) => app.MapPost("/orders", async (HttpContext http) =>
    {
        var order = await ReadAsync(http);
        var (status, body) = await ForwardAsync(order, http.RequestAborted);
        return Results.Text(body, "application/json", statusCode: status);
    });

    /// <summary>Reads the order of a request.</summary>
    public static async Task<OrderIn> ReadAsync(HttpContext http) =>
        await JsonSerializer.DeserializeAsync<OrderIn>(http.Request.Body, Json, http.RequestAborted) ?? throw new BadHttpRequestException("empty body");

    /// <summary>Maps the order and POSTs it to the sink; the sink's status and body.</summary>
    public async Task<(int Status, string Body)> ForwardAsync(OrderIn order, CancellationToken ct)
    {
        using var response = await _client.PostAsJsonAsync("orders", Orders.Map(order), Json, ct);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    public void Dispose() => _client.Dispose();
}
