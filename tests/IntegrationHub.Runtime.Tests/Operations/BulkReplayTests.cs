using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Tests.Infrastructure;
using IntegrationHub.Storage;

namespace IntegrationHub.Runtime.Tests.Operations;

public class BulkReplayTests
{
    [Theory]
    [InlineData(StorageProvider.Postgres)]
    [InlineData(StorageProvider.Sqlite)]
    public async Task BulkRetry_TwoHundredDeadRuns_ReportsProgressAndRecoversEveryRun(StorageProvider provider)
    {
        await using var rt = await TestRuntime.StartAsync(provider);
        rt.Flows.Publish("""
            { "id": "edi-out", "name": "EDI out", "trigger": { "kind": "manual" }, "connections": { "sftp": { "connector": "test" } },
              "steps": [ { "id": "send", "kind": "call", "connection": "sftp", "operation": "upload", "input": "=input.n" } ] }
            """);
        rt.Flows.Publish("""
            { "id": "other", "name": "Other flow", "trigger": { "kind": "manual" }, "connections": { "sftp": { "connector": "test" } },
              "steps": [ { "id": "send", "kind": "call", "connection": "sftp", "operation": "upload", "input": "=input.n" } ] }
            """);
        var partnerDown = true;
        rt.Connector.On("upload", (_, _) => partnerDown ? throw new StepFailedException(ErrorCategory.Partner, "partner SFTP refused the login") : new JsonObject { ["uploaded"] = true });

        var runs = new List<Guid>();
        for (var i = 0; i < 200; i++)
        {
            runs.Add((await rt.StartAsync("edi-out", new JsonObject { ["n"] = i })).Id);
        }

        var untouched = (await rt.StartAsync("other", new JsonObject { ["n"] = -1 })).Id;
        foreach (var id in runs.Append(untouched))
        {
            await rt.WaitForAsync(id, RunStatus.Failed);
        }

        partnerDown = false;
        var operation = await rt.BulkReplay.StartAsync(new RunQuery { FlowId = "edi-out", ErrorCategory = ErrorCategory.Partner }, "retry", "olivia");
        BulkOperation? current;
        do
        {
            await Task.Delay(100);
            current = await rt.BulkOperations.GetAsync(operation.Id, CancellationToken.None);
        }
        while (current!.Status == "running");

        foreach (var id in runs)
        {
            await rt.WaitForAsync(id, RunStatus.Succeeded);
        }

        Assert.Equal(200, operation.Total);
        Assert.Equal(200, current.Succeeded);
        Assert.Equal(0, current.Failed);
        // Progress is saved after every batch of 50, so a poller sees it grow.
        Assert.Equal([50, 100, 150, 200, 200], rt.BulkOperations.Updates.Where(u => u.Id == operation.Id).Select(u => u.Succeeded));
        Assert.Equal(RunStatus.Failed, (await rt.Store.GetRunAsync(untouched, CancellationToken.None))!.Status);
    }
}
