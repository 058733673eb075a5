using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.TestUtils;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

using static IntegrationHub.Storage.Tests.Runs.RunFixtures;

namespace IntegrationHub.Storage.Tests.Runs;

/// <summary>
/// Group commit on PostgreSQL: the run inserts and journal commits of concurrent runs go out together, and each
/// caller still gets the outcome of its own write. Rows written by one transaction share their <c>xmin</c>, which is
/// how these tests see the batches.
/// </summary>
public sealed class RunStoreGroupCommitTests
{
    [Fact]
    public async Task Concurrent_run_inserts_share_transactions_and_each_caller_gets_its_own_run()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(StorageProvider.Postgres);
        var store = CreateStore(database);

        var creates = Enumerable.Range(0, 150)
            .Select(i => store.CreateRunAsync(NewRun($"SO-{i}", new Dictionary<string, string> { ["order"] = $"SO-{i}" }), CancellationToken.None))
            .ToList();
        var results = await Task.WhenAll(creates);

        Assert.All(results, r => Assert.True(r.Created));
        Assert.Equal(150, results.Select(r => r.Run.Id).Distinct().Count());
        await using var db = CreateContext(database);
        Assert.Equal(150, await db.Runs.CountAsync());
        Assert.Equal(150, await db.RunKeys.CountAsync(k => k.Name == "order"));
        var transactions = await CountAsync(database, "SELECT count(DISTINCT xmin::text) FROM runs");
        Assert.InRange(transactions, 1, 20);
    }

    [Fact]
    public async Task Duplicate_keys_in_one_batch_create_one_run_and_every_duplicate_gets_it()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(StorageProvider.Postgres);
        var store = CreateStore(database);

        var results = await Task.WhenAll(Enumerable.Range(0, 30)
            .Select(i => store.CreateRunAsync(NewRun($"SO-{i % 3}"), CancellationToken.None)));

        Assert.Equal(3, results.Count(r => r.Created));
        foreach (var group in results.GroupBy(r => r.Run.IdempotencyKey))
        {
            Assert.Single(group.Select(r => r.Run.Id).Distinct());
        }

        Assert.Equal(3, await CountAsync(database, "SELECT count(*) FROM runs"));
    }

    [Fact]
    public async Task A_failing_insert_fails_alone_and_the_rest_of_its_batch_is_written()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(StorageProvider.Postgres);
        var store = CreateStore(database);
        var (first, _) = await store.CreateRunAsync(NewRun("SO-first"), CancellationToken.None);

        var tasks = new List<Task<(RunRecord Run, bool Created)>>();
        for (var i = 0; i < 40; i++)
        {
            // The 20th reuses the first run's id without an idempotency key: the primary key refuses it.
            tasks.Add(i == 20
                ? store.CreateRunAsync(NewRun("ignored") with { Id = first.Id, IdempotencyKey = null }, CancellationToken.None)
                : store.CreateRunAsync(NewRun($"SO-{i}"), CancellationToken.None));
        }

        var failure = await Assert.ThrowsAsync<PostgresException>(() => tasks[20]);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, failure.SqlState);
        foreach (var task in tasks.Where((_, i) => i != 20))
        {
            Assert.True((await task).Created);
        }

        Assert.Equal(40, await CountAsync(database, "SELECT count(*) FROM runs"));
    }

    [Fact]
    public async Task Concurrent_commits_share_transactions_and_a_lost_lease_in_the_batch_writes_nothing()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(StorageProvider.Postgres);
        var store = CreateStore(database);
        var runs = (await Task.WhenAll(Enumerable.Range(0, 60).Select(i => store.CreateRunAsync(NewRun($"SO-{i}"), CancellationToken.None))))
            .Select(r => r.Run)
            .ToList();

        // Every 10th commit comes from a worker that does not hold the lease.
        var commits = runs.Select((run, i) => store.CommitAsync(
            new RunCommit
            {
                RunId = run.Id,
                LeaseOwner = i % 10 == 0 ? "node-b/9" : Owner,
                Status = RunStatus.Succeeded,
                Output = new JsonObject { ["n"] = i },
                BusinessKeys = new Dictionary<string, string> { ["order"] = $"SO-{i}" },
                ReleaseLease = true,
                HasNoBookmarks = true,
            },
            CancellationToken.None)).ToList();

        for (var i = 0; i < commits.Count; i++)
        {
            if (i % 10 == 0)
            {
                await Assert.ThrowsAsync<LeaseLostException>(() => commits[i]);
            }
            else
            {
                await commits[i];
            }
        }

        await using var db = CreateContext(database);
        var stored = await db.Runs.AsNoTracking().ToDictionaryAsync(r => r.Id);
        for (var i = 0; i < runs.Count; i++)
        {
            var row = stored[runs[i].Id];
            Assert.Equal(i % 10 == 0 ? RunStatus.Running : RunStatus.Succeeded, row.Status);
            Assert.Equal(i % 10 == 0 ? null : $$"""{"n":{{i}}}""", row.Output);
        }

        Assert.Equal(54, await db.RunKeys.CountAsync());
        var transactions = await CountAsync(database, "SELECT count(DISTINCT xmin::text) FROM runs WHERE \"Status\" = 'Succeeded'");
        Assert.InRange(transactions, 1, 10);
    }

    [Fact]
    public async Task A_caller_cancelled_before_its_write_is_sent_gets_cancelled_and_nothing_is_written()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(StorageProvider.Postgres);
        var store = CreateStore(database);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.CreateRunAsync(NewRun("SO-cancelled"), cancelled.Token));

        Assert.Equal(0, await CountAsync(database, "SELECT count(*) FROM runs"));
    }

    private static HubDbContext CreateContext(TestDatabase database) =>
        new ServiceCollection().AddHubStorage(database.Options).BuildServiceProvider().GetRequiredService<IHubDbContextFactory>().CreateDbContext();

    private static async Task<long> CountAsync(TestDatabase database, string sql)
    {
        await using var db = CreateContext(database);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
