using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Storage;
using IntegrationHub.TestUtils;

namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>A full node (API + Hangfire worker) on a real database, serving the repository's own flows folder.</summary>
public abstract class WorkerHubTestBase : IAsyncLifetime
{
    protected HubApplicationFactory Hub { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    protected virtual StorageProvider Provider => StorageProvider.Sqlite;

    /// <summary>Gets the flows folder the hub serves: the repository's own unless a test class needs a changed copy.</summary>
    protected virtual string FlowsFolder => RepositoryFlowsFolder();

    /// <summary>
    /// Gets an edit of one shipped flow file for this test class (a shorter deadline, say): the hub then serves a throwaway
    /// copy of the repository's flows folder with that file changed, deleted after the test. Null serves <see cref="FlowsFolder"/>.
    /// </summary>
    protected virtual (string File, Action<JsonNode> Change)? FlowChange => null;

    /// <summary>Gets configuration the test class adds to the hub's (key to value, e.g. <c>Hub:Telemetry:OtlpEndpoint</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    private string? _changedFlows;

    public async Task InitializeAsync()
    {
        if (FlowChange is var (file, change))
        {
            _changedFlows = RepositoryFlows.Copy();
            var path = Path.Combine(_changedFlows, file);
            var flow = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
            change(flow);
            await File.WriteAllTextAsync(path, flow.ToJsonString());
        }

        var database = await TestDatabase.CreateAsync(Provider);
        Hub = new HubApplicationFactory(database, _changedFlows ?? FlowsFolder, role: "all", settings: Settings);
        Admin = Hub.ClientWithKey(HubApplicationFactory.AdminKey);
    }

    public virtual async Task DisposeAsync()
    {
        Admin.Dispose();
        await Hub.DisposeAsync();
        await Hub.Database.DisposeAsync();
        if (_changedFlows is not null)
        {
            Directory.Delete(_changedFlows, recursive: true);
        }
    }

    /// <summary>Creates a connection through the API.</summary>
    protected async Task CreateConnectionAsync(string name, string connector, object? settings = null)
    {
        var response = await Admin.PostAsJsonAsync("/api/connections", new { name, connector, settings = settings ?? new { } });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Starts a run of the flow through the API (manual trigger, empty input) and waits until it succeeded.</summary>
    protected async Task<RunDetailDto> RunToSuccessAsync(string flowId)
    {
        using var started = await Admin.PostAsJsonAsync($"/api/flows/{flowId}/runs", new JsonObject());
        started.EnsureSuccessStatusCode();
        var runId = Guid.Parse(JsonNode.Parse(await started.Content.ReadAsStringAsync())!["runId"]!.GetValue<string>());
        var run = await WaitForRunAsync(runId, "succeeded", "failed");
        Assert.True(run.Summary.Status == "succeeded", $"{flowId}: {run.Summary.Status}: {run.Summary.Error}");
        return run;
    }

    /// <summary>Polls the API until the run reaches a status.</summary>
    protected Task<RunDetailDto> WaitForRunAsync(Guid runId, params string[] statuses) => RunPolling.WaitForAsync(Admin, runId, statuses);

    private static string RepositoryFlowsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "flows", "schemas", "flow.schema.json");
            if (File.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "flows");
            }
        }

        throw new DirectoryNotFoundException("the repository's flows folder was not found above the test output");
    }
}
