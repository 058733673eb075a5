using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>
/// A target system on loopback that deduplicates by the Idempotency-Key header, like a well-behaved ERP:
/// the first request with a key performs the side effect, later ones get the same answer. It counts
/// both, so tests can prove "every side effect exactly once" and see the retries that made it so.
/// </summary>
public sealed class SideEffectSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _effects = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();

    private SideEffectSink(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Gets or sets how long each request takes (to give a killer time to strike mid-call).</summary>
    public TimeSpan Latency { get; set; }

    public IReadOnlyDictionary<string, int> Effects => _effects;

    public IReadOnlyDictionary<string, int> Requests => _requests;

    public static async Task<SideEffectSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new SideEffectSink(app);
        app.MapPost("/effects", sink.HandleAsync);
        await app.StartAsync();
        sink.BaseUrl = app.Urls.Single();
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        if (key.Length == 0)
        {
            return Results.BadRequest(new { error = "Idempotency-Key header missing" });
        }

        _requests.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency);
        }

        var body = await JsonNode.ParseAsync(request.Body);
        _effects.TryAdd(key, 1);
        return Results.Ok(new { key, received = body });
    }
}
