using IntegrationHub.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace IntegrationHub.IntegrationTests;

[Collection("processes")]
public class DurabilityTests(ITestOutputHelper output)
{
    [Fact(DisplayName = "Postgres: a worker killed with kill -9 mid-run is resumed by the next process and every side effect happens once")]
    public async Task Postgres_kill_minus_nine_mid_run_resumes_with_every_side_effect_once()
    {
        await using var cluster = await Cluster.StartAsync(("three-calls", 3));
        cluster.Sink.Latency = TimeSpan.FromMilliseconds(300);
        var node = await cluster.StartNodeAsync();
        await cluster.ConnectSinkAsync(node);

        var runs = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            runs.Add(await Cluster.StartRunAsync(node, "three-calls", i));

            // Strike at a different moment each time: before, during and between the three calls.
            await Task.Delay(150 + (i * 220));
            node.KillHard();
            node = await cluster.StartNodeAsync();
        }

        foreach (var runId in runs)
        {
            var run = await Cluster.WaitForAsync(node, runId, TimeSpan.FromSeconds(90));
            Assert.Equal("succeeded", run.Summary.Status);
        }

        var expectedKeys = runs.SelectMany(r => Enumerable.Range(0, 3).Select(i => $"{r}/call{i}")).ToHashSet();
        Assert.Equal(expectedKeys.Order(), cluster.Sink.Effects.Keys.Order());
        Assert.All(cluster.Sink.Effects.Values, count => Assert.Equal(1, count));
        var retried = cluster.Sink.Requests.Where(r => r.Value > 1).ToList();
        output.WriteLine($"{runs.Count} runs, {expectedKeys.Count} side effects, each applied once; {retried.Count} call(s) were in doubt after a kill and retried with the same idempotency key");
    }

    [Fact(DisplayName = "Postgres: two server processes share 1,000 runs, each run executed once, both nodes did work")]
    public async Task Postgres_two_nodes_share_a_thousand_runs_each_executed_once()
    {
        await using var cluster = await Cluster.StartAsync(("one-call", 1));
        var nodeA = await cluster.StartNodeAsync();
        var nodeB = await cluster.StartNodeAsync();
        await cluster.ConnectSinkAsync(nodeA);

        var runs = new Guid[1000];
        using (var gate = new SemaphoreSlim(16))
        {
            await Task.WhenAll(Enumerable.Range(0, runs.Length).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    runs[i] = await Cluster.StartRunAsync(i % 2 == 0 ? nodeA : nodeB, "one-call", i);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var deadline = DateTime.UtcNow.AddMinutes(5);
        int succeeded;
        do
        {
            await Task.Delay(1000);
            succeeded = await CountAsync(cluster, "SELECT count(*) FROM runs WHERE \"FlowId\" = 'one-call' AND \"Status\" = 'Succeeded'");
        }
        while (succeeded < runs.Length && DateTime.UtcNow < deadline);

        Assert.True(succeeded == runs.Length, $"{succeeded} of {runs.Length} runs succeeded; by status: {await StatusesAsync(cluster)}\nnode A:\n{Tail(nodeA.Output)}\nnode B:\n{Tail(nodeB.Output)}");
        Assert.Equal(runs.Length, await CountAsync(cluster, "SELECT count(*) FROM run_steps WHERE \"StepId\" = 'call0' AND \"Status\" = 'Succeeded'"));
        // Exactly one side effect per run. A call may be sent twice only when its first attempt was in doubt (a
        // lease lost to a starved process, a timeout under load): then it carries the same idempotency key.
        Assert.Equal(runs.Length, cluster.Sink.Effects.Count);
        Assert.All(cluster.Sink.Effects.Values, count => Assert.Equal(1, count));
        var retried = await CountAsync(cluster, "SELECT count(*) FROM run_steps WHERE \"StepId\" = 'call0' AND \"Attempt\" > 1");
        output.WriteLine($"{cluster.Sink.Requests.Values.Sum()} requests for {cluster.Sink.Effects.Count} effects; {retried} call attempt(s) after the first");

        // Hangfire records which server processed each job: both processes must appear.
        var processIds = await ServerProcessesAsync(cluster);
        output.WriteLine($"1,000 runs; jobs processed per server process: {string.Join(", ", processIds.Select(p => $"{p.Key}={p.Value}"))}");
        Assert.Contains(processIds, p => p.Key == nodeA.ProcessId && p.Value > 0);
        Assert.Contains(processIds, p => p.Key == nodeB.ProcessId && p.Value > 0);
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    private static async Task<string> StatusesAsync(Cluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Status\" || '=' || count(*) || coalesce(' (e.g. ' || min(\"ErrorStepPath\" || ': ' || \"ErrorCategory\" || ': ' || \"ErrorMessage\") || ')', '') FROM runs GROUP BY \"Status\"", connection);
        var parts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            parts.Add(reader.GetString(0));
        }

        return string.Join(", ", parts);
    }

    private static async Task<int> CountAsync(Cluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<int, int>> ServerProcessesAsync(Cluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT data::json->>'ServerId' FROM hangfire.state WHERE name = 'Processing'", connection);
        var counts = new Dictionary<int, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // ServerId = "<ServerName>:<guid>", and ServerName is "<machine>:<pid>".
            var parts = reader.GetString(0).Split(':');
            if (parts.Length >= 2 && int.TryParse(parts[1], out var pid))
            {
                counts[pid] = counts.GetValueOrDefault(pid) + 1;
            }
        }

        return counts;
    }
}
