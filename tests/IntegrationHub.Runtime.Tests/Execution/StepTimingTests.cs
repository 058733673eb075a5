using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Tests.Infrastructure;
using IntegrationHub.Storage;

namespace IntegrationHub.Runtime.Tests.Execution;

public class StepTimingTests
{
    [Theory]
    [InlineData(StorageProvider.Postgres)]
    [InlineData(StorageProvider.Sqlite)]
    public async Task Call_JournalShowsTheAttemptsRealDuration(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish("""
            { "id": "slow", "name": "Slow ERP", "trigger": { "kind": "manual" }, "connections": { "erp": { "connector": "test" } },
              "steps": [ { "id": "price", "kind": "call", "connection": "erp", "operation": "price", "input": {} } ] }
            """);
        rt.Connector.On("price", (_, _) =>
        {
            Thread.Sleep(300);
            return new JsonObject { ["price"] = 12.5 };
        });

        var run = await rt.WaitForAsync((await rt.StartAsync("slow", new JsonObject())).Id, RunStatus.Succeeded);

        var call = Assert.Single(run.Steps, s => s.StepPath == "price");
        Assert.InRange(call.CompletedAt!.Value - call.StartedAt, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30));
    }
}
