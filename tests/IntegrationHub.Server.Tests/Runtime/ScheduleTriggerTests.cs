using System.Net.Http.Json;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Runtime.Hangfire;
using IntegrationHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Server.Tests.Runtime;

public class ScheduleTriggerTests : WorkerHubTestBase
{
    [Fact]
    public async Task Scheduled_flow_without_its_connection_is_skipped_and_starts_once_the_connection_exists()
    {
        var jobs = Hub.Services.GetRequiredService<RunJobs>();

        await jobs.StartScheduledAsync("edi-inbound", 0, CancellationToken.None);
        var beforeConnection = await Admin.GetFromJsonAsync<List<RunSummaryDto>>("/api/runs?flowId=edi-inbound");
        await CreateConnectionAsync("edi-partner", "edi", new
        {
            host = "127.0.0.1",
            port = 1,
            userName = "nobody",
            password = "not-used",
            inboundFolder = "/in",
            outboundFolder = "/out",
            partner = new { id = "retailer", interchangeQualifier = "12", interchangeId = "4405197800", localInterchangeQualifier = "01", localInterchangeId = "999999999" },
        });
        await jobs.StartScheduledAsync("edi-inbound", 0, CancellationToken.None);
        await jobs.StartScheduledAsync("edi-inbound", 0, CancellationToken.None);
        var afterConnection = await Admin.GetFromJsonAsync<List<RunSummaryDto>>("/api/runs?flowId=edi-inbound");

        Assert.Empty(beforeConnection!);
        // Two fires in the same minute: one run (the minute is the idempotency key).
        var run = Assert.Single(afterConnection!);
        Assert.Equal("schedule", run.Trigger);
    }
}
