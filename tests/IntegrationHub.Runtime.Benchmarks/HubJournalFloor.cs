using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>
/// The hub's journal alone: the ceiling's handler plus exactly the writes the hub makes for the benchmark flow,
/// through the hub's own <see cref="IRunStore"/> on PostgreSQL (group commit included): the run created already
/// leased, the checkpoint before the call (the map step's output, the call in flight), and the final commit (the
/// call's result, the answer, the run succeeded). No flow engine, expression engine, connector stack,
/// authentication or middleware: it tells how much of the hub's cost is its journal and how much the rest.
/// </summary>
internal sealed class HubJournalFloor(Ceiling forward, ServiceProvider services, IRunStore store) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _owner = $"journal-floor/{Environment.ProcessId}";

    /// <summary>A store on a fresh database, migrated as the hub migrates its own.</summary>
    public static async Task<HubJournalFloor> CreateAsync(Ceiling forward, string connectionString, CancellationToken ct)
    {
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(TimeProvider.System)
            .AddHubStorage(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = connectionString })
            .BuildServiceProvider();
        await services.GetRequiredService<StoreMigrator>().MigrateAsync(ct);
        return new HubJournalFloor(forward, services, services.GetRequiredService<IRunStore>());
    }

    public void Map(WebApplication app) => app.MapPost("/orders", async (HttpContext http) =>
    {
        var order = await Ceiling.ReadAsync(http);
        var now = DateTimeOffset.UtcNow;
        var (run, _) = await store.CreateRunAsync(
            new NewRun
            {
                FlowId = BenchmarkFlows.HookFlowId,
                FlowVersion = 1,
                TriggerKind = "http",
                Input = JsonSerializer.SerializeToNode(order, Json),
                CorrelationId = Guid.NewGuid().ToString("N"),
                Lease = new RunLease(_owner, now.AddMinutes(5)),
            },
            http.RequestAborted);

        var mapped = JsonSerializer.SerializeToNode(Orders.Map(order), Json);
        var callInput = new JsonObject { ["method"] = "POST", ["path"] = "orders", ["body"] = mapped?.DeepClone() };
        await store.CommitAsync(
            new RunCommit
            {
                RunId = run.Id,
                LeaseOwner = _owner,
                Steps =
                [
                    Step(run, "map", "set", StepStatus.Succeeded, null, new JsonObject { ["order"] = mapped }, now),
                    Step(run, "post", "call", StepStatus.Running, callInput, null, now),
                ],
            },
            http.RequestAborted);

        var (status, body) = await forward.ForwardAsync(order, http.RequestAborted);
        var answer = JsonNode.Parse(body);
        var response = new JsonObject { ["status"] = status, ["body"] = answer?.DeepClone() };
        await store.CommitAsync(
            new RunCommit
            {
                RunId = run.Id,
                LeaseOwner = _owner,
                Steps =
                [
                    Step(run, "post", "call", StepStatus.Succeeded, callInput.DeepClone(), new JsonObject { ["status"] = status, ["body"] = answer }, now),
                    Step(run, "answer", "respond", StepStatus.Succeeded, null, response.DeepClone(), now),
                ],
                Status = RunStatus.Succeeded,
                Response = response,
                ReleaseLease = true,
                HasNoBookmarks = true,
            },
            http.RequestAborted);

        return Results.Text(body, "application/json", statusCode: status);
    });

    /// <summary>Counts the runs recorded so far.</summary>
    public async Task<long> RunsAsync(CancellationToken ct)
    {
        await using var db = services.GetRequiredService<IHubDbContextFactory>().CreateDbContext();
        return await db.Runs.LongCountAsync(ct);
    }

    private static StepRecord Step(RunRecord run, string id, string kind, StepStatus status, JsonNode? input, JsonNode? output, DateTimeOffset started) => new()
    {
        RunId = run.Id,
        Generation = run.Generation,
        StepPath = id,
        StepId = id,
        Kind = kind,
        Attempt = 1,
        Status = status,
        Input = input,
        Output = output,
        StartedAt = started,
        CompletedAt = status == StepStatus.Running ? null : DateTimeOffset.UtcNow,
    };

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
