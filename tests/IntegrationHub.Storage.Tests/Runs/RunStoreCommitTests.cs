using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.TestUtils;

using static IntegrationHub.Storage.Tests.Runs.RunFixtures;

namespace IntegrationHub.Storage.Tests.Runs;

/// <summary>The run writes every pass makes (PostgreSQL writes them as single statements, SQLite through EF Core): same rows either way.</summary>
public sealed class RunStoreCommitTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Postgres, StorageProvider.Sqlite];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Create_then_commits_store_the_run_its_steps_and_keys_and_the_end(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var store = CreateStore(database);
        var (run, created) = await store.CreateRunAsync(NewRun("order-1", new Dictionary<string, string> { ["order"] = "SO-1" }), CancellationToken.None);
        Assert.True(created);
        var started = DateTimeOffset.UtcNow;

        var running = Step(run.Id, "create", StepStatus.Running, started) with { Input = new JsonObject { ["n"] = 1 } };
        await store.CommitAsync(new RunCommit { RunId = run.Id, LeaseOwner = Owner, InsertSteps = [running] }, CancellationToken.None);
        var done = running with { Status = StepStatus.Succeeded, Output = new JsonObject { ["id"] = "SO-1" }, CompletedAt = started.AddMilliseconds(5) };
        var respond = Step(run.Id, "answer", StepStatus.Succeeded, started.AddMilliseconds(6)) with { Output = new JsonObject { ["ok"] = true }, CompletedAt = started.AddMilliseconds(6) };
        await store.CommitAsync(
            new RunCommit
            {
                RunId = run.Id,
                LeaseOwner = Owner,
                UpdateSteps = [done],
                InsertSteps = [respond],
                Status = RunStatus.Succeeded,
                Output = new JsonObject { ["ok"] = true },
                Response = new JsonObject { ["status"] = 201 },
                BusinessKeys = new Dictionary<string, string> { ["order"] = "SO-1-final", ["customer"] = "C-9" },
                ReleaseLease = true,
                HasNoBookmarks = true,
            },
            CancellationToken.None);

        var stored = await store.GetRunAsync(run.Id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(RunStatus.Succeeded, stored.Status);
        Assert.Equal("""{"ok":true}""", stored.Output!.ToJsonString());
        Assert.Equal("""{"status":201}""", stored.Response!.ToJsonString());
        Assert.NotNull(stored.CompletedAt);
        Assert.Equal(new Dictionary<string, string> { ["order"] = "SO-1-final", ["customer"] = "C-9" }, stored.BusinessKeys);
        Assert.Equal(["create:Succeeded:{\"id\":\"SO-1\"}", "answer:Succeeded:{\"ok\":true}"], stored.Steps.Select(s => $"{s.StepPath}:{s.Status}:{s.Output?.ToJsonString()}"));
        Assert.Equal("""{"n":1}""", stored.Steps[0].Input!.ToJsonString());

        // The lease was released with the end: the owner's next commit is refused.
        await Assert.ThrowsAsync<LeaseLostException>(() => store.CommitAsync(new RunCommit { RunId = run.Id, LeaseOwner = Owner, Status = RunStatus.Running }, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_commit_by_a_worker_that_lost_the_lease_writes_nothing(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var store = CreateStore(database);
        var (run, _) = await store.CreateRunAsync(NewRun("order-2"), CancellationToken.None);

        var stale = new RunCommit
        {
            RunId = run.Id,
            LeaseOwner = "node-b/7",
            InsertSteps = [Step(run.Id, "create", StepStatus.Succeeded, DateTimeOffset.UtcNow)],
            BusinessKeys = new Dictionary<string, string> { ["order"] = "SO-2" },
            Status = RunStatus.Failed,
            Error = new RunError(ErrorCategory.Partner, "boom", null, "create"),
        };

        await Assert.ThrowsAsync<LeaseLostException>(() => store.CommitAsync(stale, CancellationToken.None));
        var stored = await store.GetRunAsync(run.Id, CancellationToken.None);
        Assert.Equal(RunStatus.Running, stored!.Status);
        Assert.Empty(stored.Steps);
        Assert.Empty(stored.BusinessKeys);
        Assert.Null(stored.Error);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_failed_end_stores_the_error_and_a_second_create_with_the_key_returns_the_original(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var store = CreateStore(database);
        var (run, _) = await store.CreateRunAsync(NewRun("order-3", new Dictionary<string, string> { ["order"] = "SO-3" }), CancellationToken.None);
        await store.CommitAsync(
            new RunCommit
            {
                RunId = run.Id,
                LeaseOwner = Owner,
                Status = RunStatus.Failed,
                Error = new RunError(ErrorCategory.DataQuality, new string('x', 5000), "E42", "create"),
                ReleaseLease = true,
                HasNoBookmarks = true,
            },
            CancellationToken.None);

        var (again, created) = await store.CreateRunAsync(NewRun("order-3"), CancellationToken.None);

        Assert.False(created);
        Assert.Equal(run.Id, again.Id);
        Assert.Equal(RunStatus.Failed, again.Status);
        Assert.Equal(ErrorCategory.DataQuality, again.Error!.Category);
        Assert.Equal(4000, again.Error.Message.Length);
        Assert.Equal(("E42", "create"), (again.Error.Code, again.Error.StepPath));
        Assert.Equal(new Dictionary<string, string> { ["order"] = "SO-3" }, again.BusinessKeys);
    }


    private static StepRecord Step(Guid runId, string path, StepStatus status, DateTimeOffset started) => new()
    {
        RunId = runId,
        Generation = 1,
        StepPath = path,
        StepId = path,
        Kind = "call",
        Attempt = 1,
        Status = status,
        StartedAt = started,
    };
}
