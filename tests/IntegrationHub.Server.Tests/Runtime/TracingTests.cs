using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Server.Tests.Infrastructure;
using IntegrationHub.TestUtils.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// The caller's W3C trace context reaches the systems a flow calls, as the parent of the hub's outgoing call. The hub
/// here exports spans over OTLP to an address where nothing listens: exporting never gets in a request's way.
/// </summary>
public sealed class TracingTests : WorkerHubTestBase
{
    private const string Flow = """
        {
          "id": "traced",
          "name": "Traced call",
          "trigger": { "kind": "http", "path": "traced" },
          "connections": { "sink": { "connector": "http", "connection": "trace-sink" } },
          "steps": [
            { "id": "post", "kind": "call", "connection": "sink", "operation": "request", "input": { "method": "POST", "path": "orders", "body": "=input" } },
            { "id": "answer", "kind": "respond", "status": 200, "body": "=steps.post.output.body" }
          ]
        }
        """;

    private readonly string _flows = TestFlows.Folder(("traced.flow.json", Flow));

    protected override string FlowsFolder => _flows;

    // Nothing listens there: the exporter's failures are its own (logged, retried), never the request's.
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string> { ["Hub:Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9" };

    [Fact]
    public async Task An_outgoing_call_of_a_hook_run_carries_the_callers_trace_id_in_a_child_span()
    {
        var seen = new ConcurrentQueue<string>();
        await using var sink = await LoopbackServer.StartAsync(app => app.MapPost("/orders", (HttpRequest request) =>
        {
            seen.Enqueue(request.Headers["traceparent"].ToString());
            return Results.Json(new { accepted = true });
        }));
        using var created = await Admin.PostAsJsonAsync("/api/connections", new { name = "trace-sink", connector = "http", settings = new { baseUrl = sink.BaseUri }, allowedHosts = new[] { "127.0.0.1" } });
        created.EnsureSuccessStatusCode();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var callerSpan = ActivitySpanId.CreateRandom().ToHexString();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/traced") { Content = JsonContent.Create(new { order = "SO-1" }) };
        request.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01");
        using var response = await Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var traceparent = Assert.Single(seen);
        var parts = traceparent.Split('-');
        Assert.Equal(["00", traceId], parts[..2]);
        Assert.NotEqual(callerSpan, parts[2]);
        Assert.Equal("01", parts[3]);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_flows, recursive: true);
    }
}
