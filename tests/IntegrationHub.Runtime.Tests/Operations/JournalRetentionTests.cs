using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Operations;
using IntegrationHub.Runtime.Tests.Infrastructure;
using IntegrationHub.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Tests.Operations;

public class JournalRetentionTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Postgres, StorageProvider.Sqlite];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Prune_OldSucceededRuns_DropsPayloadsKeepsTimelineAndLeavesDeadLettersAlone(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish("""
            { "id": "ship", "name": "Ship", "trigger": { "kind": "manual" }, "connections": { "wms": { "connector": "test" } },
              "businessKeys": { "shipment": "=input.shipment" },
              "steps": [ { "id": "post", "kind": "call", "connection": "wms", "operation": "post", "input": { "customer": "=input.customer" } } ] }
            """);
        rt.Connector.On("post", (inv, _) => (string)inv.Input!["customer"]! == "bad"
            ? throw new StepFailedException(ErrorCategory.DataQuality, "customer unknown")
            : new JsonObject { ["tracking"] = "1Z999" });
        var ok = await rt.WaitForAsync((await rt.StartAsync("ship", new JsonObject { ["shipment"] = "SH-1", ["customer"] = "ACME" })).Id, RunStatus.Succeeded);
        var dead = await rt.WaitForAsync((await rt.StartAsync("ship", new JsonObject { ["shipment"] = "SH-2", ["customer"] = "bad" })).Id, RunStatus.Failed);

        var keepForever = Retention(rt, retention: null, daysLater: 400);
        var monthLater = Retention(rt, TimeSpan.FromDays(30), daysLater: 31);
        var tooEarly = Retention(rt, TimeSpan.FromDays(30), daysLater: 29);

        Assert.Equal(0, await keepForever.PruneAsync());
        Assert.Equal(0, await tooEarly.PruneAsync());
        Assert.Equal(1, await monthLater.PruneAsync());
        Assert.Equal(0, await monthLater.PruneAsync());

        var pruned = (await rt.Store.GetRunAsync(ok.Id, CancellationToken.None))!;
        var marker = JsonNode.Parse(PrunedPayload.Json)!.ToJsonString();
        Assert.Equal(marker, pruned.Input!.ToJsonString());
        Assert.All(pruned.Steps, s => Assert.Equal(marker, s.Output!.ToJsonString()));
        Assert.Equal(ok.Steps.Select(s => (s.StepPath, s.Status)), pruned.Steps.Select(s => (s.StepPath, s.Status)));
        Assert.Equal("SH-1", pruned.BusinessKeys["shipment"]);
        var untouched = (await rt.Store.GetRunAsync(dead.Id, CancellationToken.None))!;
        Assert.Equal("bad", (string)untouched.Input!["customer"]!);
        Assert.Equal("customer unknown", untouched.Error!.Message);
    }

    private static JournalRetention Retention(TestRuntime rt, TimeSpan? retention, int daysLater) => new(
        rt.Store,
        new ShiftedClock(TimeSpan.FromDays(daysLater)),
        Options.Create(new RuntimeOptions { SucceededPayloadRetention = retention }),
        NullLogger<JournalRetention>.Instance);

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
