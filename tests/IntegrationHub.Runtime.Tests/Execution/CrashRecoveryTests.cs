using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Tests.Infrastructure;
using IntegrationHub.Storage;

namespace IntegrationHub.Runtime.Tests.Execution;

/// <summary>
/// The worker "dies" at every checkpoint boundary of a multi-step run, before and after each commit.
/// Recovery (lease expiry + sweep) must finish every run, and every side effect must be observed once.
/// The multi-process kill -9 variant lives in the integration tests; this one covers every boundary.
/// </summary>
public class CrashRecoveryTests
{
    private const string Flow = """
        { "id": "crashy", "name": "Crash matrix", "trigger": { "kind": "manual" }, "connections": { "erp": { "connector": "test" } },
          "steps": [
            { "id": "order", "kind": "call", "connection": "erp", "operation": "createOrder", "input": "=input.n" },
            { "id": "note", "kind": "set", "vars": { "id": "=steps.order.output.echo" } },
            { "id": "release", "kind": "call", "connection": "erp", "operation": "release", "input": "=vars.id" },
            { "id": "tell", "kind": "publish", "event": "order.accepted", "correlationKey": "=String(input.n)", "payload": { "n": "=input.n" } },
            { "id": "invoice", "kind": "call", "connection": "erp", "operation": "invoice", "input": "=vars.id" }
          ] }
        """;

    [Theory]
    [InlineData(StorageProvider.Postgres)]
    [InlineData(StorageProvider.Sqlite)]
    public async Task Crash_AtEveryCheckpointBeforeAndAfterCommit_RunCompletesWithEverySideEffectOnce(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider, leaseDuration: TimeSpan.FromSeconds(1));
        rt.Flows.Publish(Flow);

        // A clean run tells how many commits (checkpoint boundaries) a run has.
        var before = rt.Store.Commits;
        await rt.WaitForAsync((await rt.StartAsync("crashy", 0)).Id, RunStatus.Succeeded);
        var boundaries = rt.Store.Commits - before;
        Assert.True(boundaries >= 7, $"expected at least 7 commits, saw {boundaries}");

        var runs = new List<Guid>();
        for (var k = 1; k <= boundaries; k++)
        {
            foreach (var after in new[] { false, true })
            {
                rt.Store.CrashAfterCommit = after;
                rt.Store.CrashAtCommit = rt.Store.Commits + k;
                var run = await rt.StartAsync("crashy", k * 10 + (after ? 1 : 0));
                var done = await rt.WaitForAsync(run.Id, RunStatus.Succeeded);
                Assert.Equal(["order", "note", "release", "tell", "invoice"], done.Steps.Where(s => s.IsDone).Select(s => s.StepPath));
                runs.Add(run.Id);
            }
        }

        foreach (var runId in runs)
        {
            foreach (var step in new[] { "order", "release", "invoice" })
            {
                Assert.Equal(1, rt.Connector.EffectsFor($"{runId}/{step}"));
            }

            // The publish is an outbox write in the same commit as its journal record: exactly one event per run.
            Assert.NotNull(await rt.Store.GetEventAsync($"{runId}/1/tell", CancellationToken.None));
        }
    }
}
