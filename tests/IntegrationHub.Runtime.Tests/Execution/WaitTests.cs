using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Tests.Infrastructure;
using IntegrationHub.Storage;

namespace IntegrationHub.Runtime.Tests.Execution;

public class WaitTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Postgres, StorageProvider.Sqlite];

    private static string WaitFlow(string timeout) => $$"""
        { "id": "po", "name": "PO acknowledgment", "trigger": { "kind": "manual" },
          "steps": [
            { "id": "ack", "kind": "wait", "event": "edi.855", "correlationKey": "=input.poNumber", "timeout": "{{timeout}}",
              "onTimeout": [ { "id": "chase", "kind": "set", "vars": { "chased": true } } ] },
            { "id": "apply", "kind": "set", "vars": { "confirmed": "=steps.ack.output.payload ? steps.ack.output.payload.qty : null" } }
          ] }
        """;

    private static HubEvent Ack(string id, string po, int qty) => new(id, "edi.855", po, new JsonObject { ["qty"] = qty }, "test", DateTimeOffset.UtcNow);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Wait_EventBeforeBookmark_IsKeptInTheInboxAndMatched(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish(WaitFlow("PT1H"));

        Assert.True(await rt.Router.PublishAsync(Ack("855-1", "PO-1", 7)));
        var run = await rt.WaitForAsync((await rt.StartAsync("po", new JsonObject { ["poNumber"] = "PO-1" })).Id, RunStatus.Succeeded);

        Assert.Equal("7", run.Steps.Single(s => s.StepPath == "apply").Output!["confirmed"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Wait_EventAfterBookmark_WakesTheRun(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish(WaitFlow("PT1H"));

        var started = await rt.StartAsync("po", new JsonObject { ["poNumber"] = "PO-2" });
        var waiting = await rt.WaitForAsync(started.Id, RunStatus.Waiting);
        await rt.Router.PublishAsync(Ack("855-2", "PO-2", 4));
        var run = await rt.WaitForAsync(started.Id, RunStatus.Succeeded);

        Assert.Equal(StepStatus.Waiting, waiting.Steps.Single(s => s.StepPath == "ack").Status);
        Assert.Equal("4", run.Steps.Single(s => s.StepPath == "apply").Output!["confirmed"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Wait_DeadlinePasses_RunsTheTimeoutBranch_AndALateEventChangesNothing(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish(WaitFlow("PT1S"));

        var run = await rt.WaitForAsync((await rt.StartAsync("po", new JsonObject { ["poNumber"] = "PO-3" })).Id, RunStatus.Succeeded);
        await rt.Router.PublishAsync(Ack("855-3", "PO-3", 9));

        Assert.True(run.Steps.Single(s => s.StepPath == "ack" && s.IsDone).Output!["timedOut"]!.GetValue<bool>());
        Assert.True(run.Steps.Single(s => s.StepPath == "chase").Output!["chased"]!.GetValue<bool>());
        Assert.Equal("null", run.Steps.Single(s => s.StepPath == "apply").Output!["confirmed"]?.ToJsonString() ?? "null");
        Assert.Equal(RunStatus.Succeeded, (await rt.Store.GetRunAsync(run.Id, CancellationToken.None))!.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Event_SameIdTwice_IsAppliedOnce(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish("""
            { "id": "twice", "name": "Two waits", "trigger": { "kind": "manual" },
              "steps": [
                { "id": "first", "kind": "wait", "event": "wms.picked", "correlationKey": "=input.order", "timeout": "PT1H" },
                { "id": "second", "kind": "wait", "event": "wms.picked", "correlationKey": "=input.order", "timeout": "PT2S" }
              ] }
            """);

        var started = await rt.StartAsync("twice", new JsonObject { ["order"] = "SO-9" });
        var firstCopy = await rt.Router.PublishAsync(new HubEvent("pick-1", "wms.picked", "SO-9", new JsonObject { ["line"] = 1 }, "wms", DateTimeOffset.UtcNow));
        var secondCopy = await rt.Router.PublishAsync(new HubEvent("pick-1", "wms.picked", "SO-9", new JsonObject { ["line"] = 1 }, "wms", DateTimeOffset.UtcNow));
        var run = await rt.WaitForAsync(started.Id, RunStatus.Failed, RunStatus.Succeeded);

        Assert.True(firstCopy);
        Assert.False(secondCopy);
        Assert.Equal("pick-1", run.Steps.Single(s => s.StepPath == "first" && s.IsDone).Output!["eventId"]!.GetValue<string>());
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("second", run.Error!.StepPath);
        Assert.Equal("wait-timeout", run.Error.Code);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Cancel_WaitingRun_EndsItAndRemovesTheBookmark(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish(WaitFlow("PT1H"));
        var started = await rt.StartAsync("po", new JsonObject { ["poNumber"] = "PO-4" });
        await rt.WaitForAsync(started.Id, RunStatus.Waiting);

        await rt.Operator.CancelAsync(started.Id);
        await rt.Router.PublishAsync(Ack("855-4", "PO-4", 1));
        await Task.Delay(500);

        var run = await rt.Store.GetRunAsync(started.Id, CancellationToken.None);
        Assert.Equal(RunStatus.Cancelled, run!.Status);
        Assert.Empty(await rt.Store.FindWaitingRunsAsync("edi.855", "PO-4", CancellationToken.None));
    }
}
