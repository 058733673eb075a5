using System.Net.Http.Json;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Storage;
using IntegrationHub.TestUtils;

namespace IntegrationHub.IntegrationTests.Infrastructure;

/// <summary>A fresh PostgreSQL database, a flows folder, a side-effect sink, and helpers to drive hub processes.</summary>
public sealed class Cluster : IAsyncDisposable
{
    public const string ApiKey = "ih_integration_admin_key_0123456789";

    private readonly List<HubProcess> _nodes = [];

    private Cluster(TestDatabase database, string flows, SideEffectSink sink)
    {
        Database = database;
        FlowsFolder = flows;
        Sink = sink;
    }

    public TestDatabase Database { get; }

    public string FlowsFolder { get; }

    public SideEffectSink Sink { get; }

    public static async Task<Cluster> StartAsync(params (string Id, int Calls)[] flows)
    {
        var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var folder = Directory.CreateTempSubdirectory("hub-it-flows-").FullName;
        foreach (var (id, calls) in flows)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"{id}.flow.json"), Flow(id, calls));
        }

        return new Cluster(database, folder, await SideEffectSink.StartAsync());
    }

    public async Task<HubProcess> StartNodeAsync()
    {
        var node = await HubProcess.StartAsync(Database.ConnectionString, FlowsFolder, ApiKey);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Points the flows' "sink" connection at the sink (loopback must be allow-listed: SSRF guard).</summary>
    public async Task ConnectSinkAsync(HubProcess node)
    {
        var response = await node.Client.PostAsJsonAsync("/api/connections", new
        {
            name = "sink",
            connector = "http",
            settings = new { baseUrl = Sink.BaseUrl },
            allowedHosts = new[] { "127.0.0.1" },
        });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"creating the sink connection failed: {text}");
    }

    public static async Task<Guid> StartRunAsync(HubProcess node, string flowId, int n)
    {
        var response = await node.Client.PostAsJsonAsync($"/api/flows/{flowId}/runs", new { n });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"starting a run failed: {(int)response.StatusCode} {text}");
        return (await response.Content.ReadFromJsonAsync<StartRunResult>())!.RunId;
    }

    public static async Task<RunDetailDto> WaitForAsync(HubProcess node, Guid runId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        RunDetailDto? run = null;
        while (DateTime.UtcNow < deadline)
        {
            run = await node.GetAsync<RunDetailDto>($"/api/runs/{runId}");
            if (run.Summary.Status is "succeeded" or "failed" or "cancelled")
            {
                return run;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"run {runId} is still {run?.Summary.Status} after {timeout}:\n{node.Output}");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await Sink.DisposeAsync();
        await Database.DisposeAsync();
        Directory.Delete(FlowsFolder, recursive: true);
    }

    private static string Flow(string id, int calls)
    {
        var steps = string.Join(",\n", Enumerable.Range(0, calls).Select(i => $$"""
                { "id": "call{{i}}", "kind": "call", "connection": "target", "operation": "request",
                  "input": { "method": "POST", "path": "/effects", "body": { "step": {{i}}, "n": "=input.n" } } }
            """));
        return $$"""
            {
              "id": "{{id}}", "name": "{{id}}", "trigger": { "kind": "manual" },
              "connections": { "target": { "connector": "http", "connection": "sink" } },
              "retryPolicies": { "net": { "maxAttempts": 20, "backoff": "fixed", "initialDelay": "PT0.5S", "jitter": false } },
              "defaultRetryPolicy": "net",
              "steps": [
            {{steps}},
                { "id": "done", "kind": "set", "vars": { "finished": true } }
              ]
            }
            """;
    }
}
