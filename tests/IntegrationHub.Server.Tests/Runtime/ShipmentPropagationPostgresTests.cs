using System.Net.Http.Json;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Server.Tests.Infrastructure;
using IntegrationHub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// shipment-propagation on PostgreSQL (the multi-node store, where a run's idempotency key is an INSERT … ON CONFLICT): a
/// shipment listed by overlapping polls, and also published by the WMS itself, is propagated by one run.
/// </summary>
public class ShipmentPropagationPostgresTests : ShipmentPropagationHarness
{
    protected override StorageProvider Provider => StorageProvider.Postgres;

    [Fact]
    public async Task Postgres_Sftp_shipment_listed_by_two_polls_and_published_by_the_WMS_gets_one_run_and_one_856()
    {
        var outbox = await ConnectAsync();
        var (order, shipment) = await ShipOrderAsync("C1000", "ACME-PO-7790", "WH-CENTRAL", [("WID-100", 1, "CS")]);
        var number = shipment["number"]!.GetValue<string>();

        var first = await RunToSuccessAsync(Flow);
        var second = await RunToSuccessAsync(Flow);
        await PublishAsync("wms-" + number, "shipment.done", number, shipment);
        var run = await ShipmentRunAsync(number, "succeeded", "failed");
        await AllRoutedAsync("shipment.done", number, expected: 3);
        var runs = await Admin.GetFromJsonAsync<List<RunSummaryDto>>($"/api/runs?flowId={Flow}&key={number}&keyName=shipmentNumber");

        // Both polls listed the shipment and handed it over; the idempotency key (shipment number) let one run through.
        Assert.All([first, second], poll => Assert.Contains(poll.Timeline, s => s.StepId == "handOver" && s.Input?["number"]?.GetValue<string>() == number));
        AssertStatus(run, "succeeded");
        Assert.Equal(run.Summary.Id, Assert.Single(runs!).Id);
        Assert.Equal(order, run.Summary.BusinessKeys["orderNumber"]);
        Assert.Single(Directory.GetFiles(outbox, "856-acme-*.edi"));
        Assert.Single(Directory.GetFiles(outbox, "810-acme-*.edi"));
    }

    /// <summary>Waits until the expected events of the type and key are stored and routed (every flow they start is started).</summary>
    private async Task AllRoutedAsync(string type, string correlationKey, int expected)
    {
        await using var services = new ServiceCollection().AddHubStorage(Hub.Database.Options).BuildServiceProvider();
        var factory = services.GetRequiredService<IHubDbContextFactory>();
        await Poll.UntilAsync(
            async () =>
            {
                await using var db = factory.CreateDbContext();
                return await db.Events.AsNoTracking().Where(e => e.Type == type && e.CorrelationKey == correlationKey).Select(e => e.DispatchedAt).ToListAsync();
            },
            dispatched => dispatched.Count >= expected && dispatched.All(d => d is not null),
            dispatched =>
            {
                Assert.Fail($"{dispatched.Count(d => d is not null)} of {expected} {type} events for {correlationKey} routed after 30 s");
                return Task.CompletedTask;
            });
    }
}
