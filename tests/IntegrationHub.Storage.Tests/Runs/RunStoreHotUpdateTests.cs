using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Model;
using IntegrationHub.TestUtils;
using Npgsql;

using static IntegrationHub.Storage.Tests.Runs.RunFixtures;

namespace IntegrationHub.Storage.Tests.Runs;

/// <summary>
/// On PostgreSQL the journal's tables keep free space in their pages, so a checkpoint that changes no indexed
/// column is a HOT update: the new row version stays in the old one's page and no index gets a new entry. The test
/// reads the heap page itself (pageinspect): a HOT update leaves the old version flagged HEAP_HOT_UPDATED, or a redirect once the page is pruned.
/// </summary>
public sealed class RunStoreHotUpdateTests
{
    private const int HeapHotUpdated = 0x4000;
    private const short LpRedirect = 2;
    private static readonly string Padding = new('x', 400);

    [Fact]
    public async Task A_checkpoint_that_changes_no_indexed_column_updates_the_run_and_its_step_in_place_even_in_a_filled_page()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(StorageProvider.Postgres);
        var store = CreateStore(database);

        // Created one after the other, the first run is the first row of the first page; 40 runs of about 500 bytes
        // fill that page (and the next ones) as far as the table's fillfactor lets inserts fill it.
        var runs = new List<RunRecord>();
        for (var i = 0; i < 40; i++)
        {
            var run = NewRun($"SO-{i}") with { Input = new JsonObject { ["orderNumber"] = $"SO-{i}", ["notes"] = Padding } };
            runs.Add((await store.CreateRunAsync(run, CancellationToken.None)).Run);
        }

        // Each run's call goes in flight (the run's lease, version and time change; a step record is added), the
        // first run's first; then the first run's call completes (its step record changes status and output).
        foreach (var run in runs)
        {
            await store.CommitAsync(new RunCommit { RunId = run.Id, LeaseOwner = Owner, Steps = [Step(run, StepStatus.Running, null)] }, CancellationToken.None);
        }

        await store.CommitAsync(new RunCommit { RunId = runs[0].Id, LeaseOwner = Owner, Steps = [Step(runs[0], StepStatus.Succeeded, new JsonObject { ["accepted"] = true })] }, CancellationToken.None);

        // The first version of each was updated in place: no index got an entry for the new version.
        Assert.True(await FirstRowStartsHotChainAsync(database, "runs"), "the first run's first checkpoint was not a HOT update");
        Assert.True(await FirstRowStartsHotChainAsync(database, "run_steps"), "the first step record's completion was not a HOT update");
    }

    [Fact]
    public async Task The_journal_tables_leave_room_for_updates_and_only_subflow_runs_are_indexed_by_parent()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(StorageProvider.Postgres);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        await using (var options = new NpgsqlCommand("SELECT relname, array_to_string(reloptions, ',') FROM pg_class WHERE relname IN ('runs', 'run_steps') ORDER BY relname", connection))
        await using (var reader = await options.ExecuteReaderAsync())
        {
            var found = new Dictionary<string, string>();
            while (await reader.ReadAsync())
            {
                found[reader.GetString(0)] = reader.IsDBNull(1) ? string.Empty : reader.GetString(1);
            }

            Assert.Equal("fillfactor=80", found["runs"]);
            Assert.Equal("fillfactor=80", found["run_steps"]);
        }

        await using var predicate = new NpgsqlCommand("SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = '\"IX_runs_ParentRunId\"'::regclass", connection);
        Assert.Equal("(\"ParentRunId\" IS NOT NULL)", await predicate.ExecuteScalarAsync());
    }

    private static StepRecord Step(RunRecord run, StepStatus status, JsonNode? output) => new()
    {
        RunId = run.Id,
        Generation = run.Generation,
        StepPath = "post",
        StepId = "post",
        Kind = "call",
        Attempt = 1,
        Status = status,
        Input = new JsonObject { ["path"] = "orders", ["notes"] = Padding },
        Output = output,
        StartedAt = DateTimeOffset.UtcNow,
        CompletedAt = status == StepStatus.Running ? null : DateTimeOffset.UtcNow,
    };

    /// <summary>
    /// Whether the first row of the table's first page (pageinspect) starts a HOT chain: either the old version is
    /// still there flagged HEAP_HOT_UPDATED, or page pruning already turned its slot into a redirect to the chain's
    /// live version (only HOT chains get redirects; a pruned row that indexes point to directly becomes dead).
    /// </summary>
    private static async Task<bool> FirstRowStartsHotChainAsync(TestDatabase database, string table)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var extension = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pageinspect", connection))
        {
            await extension.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand($"SELECT lp_flags, t_infomask2 FROM heap_page_items(get_raw_page('{table}', 0)) WHERE lp = 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"{table} has no first row");
        return reader.GetInt16(0) == LpRedirect || (!reader.IsDBNull(1) && (reader.GetInt32(1) & HeapHotUpdated) != 0);
    }
}
