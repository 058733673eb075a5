using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// The shipped flows/order-intake.flow.json on a full hub (SQLite, Hangfire worker) against the Sandbox ERP: the portal
/// order is answered while the buyer waits, created once in the ERP, refused on credit hold, and released afterwards.
/// </summary>
public class OrderIntakeFlowTests : WorkerHubTestBase
{
    // The portal sample (flows/samples/portal-order.json) with its account and SKUs replaced by the Sandbox ERP's seeded
    // customer C1000 and items: the sample's own codes (C-1001, HX-1001, ...) do not exist in the Sandbox.
    private static JsonObject PortalOrder(string orderRef, string customer = "C1000", decimal gadgets = 6)
    {
        var order = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFlows.Folder, "samples", "portal-order.json")))!.AsObject();
        order["orderRef"] = orderRef;
        order["account"]!["number"] = customer;
        var items = order["items"]!.AsArray();
        items[0]!["sku"] = "WID-100";
        items[1]!["sku"] = "BOL-400";
        items[2]!["sku"] = "GAD-200";
        items[2]!["qty"] = gadgets;
        return order;
    }

    private static async Task<(HttpStatusCode Status, Guid RunId, JsonNode Body)> PostAsync(HttpClient client, JsonObject order)
    {
        using var response = await client.PostAsJsonAsync("/hooks/orders", order);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, Guid.Parse(response.Headers.GetValues("X-Run-Id").Single()), body);
    }

    private async Task<JsonArray> ErpSalesOrdersAsync()
    {
        var gateway = Hub.Services.GetRequiredService<IConnectorGateway>();
        var changes = await gateway.InvokeAsync(new ConnectorInvocation("sandbox", "sandbox-erp", "listChanges", new JsonObject { ["entity"] = "salesOrder" }, $"test/{Guid.NewGuid()}", "test", Guid.NewGuid(), "test", 1), CancellationToken.None);
        return changes!["changes"]!.AsArray();
    }

    private async Task<List<StepRecordDto>> PublishedAsync()
    {
        var runs = await Admin.GetFromJsonAsync<List<RunSummaryDto>>("/api/runs?flowId=order-intake&limit=100");
        var published = new List<StepRecordDto>();
        foreach (var summary in runs!)
        {
            var run = await WaitForRunAsync(summary.Id, "succeeded", "failed");
            published.AddRange(run.Timeline.Where(s => s.Kind == "publish" && s.Status == "succeeded"));
        }

        return published;
    }

    [Fact]
    public async Task Portal_order_is_accepted_synchronously_with_the_ERP_order_number_and_line_statuses_then_released()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");

        var (status, runId, body) = await PostAsync(Admin, PortalOrder("WEB-100234"));
        var run = await WaitForRunAsync(runId, "succeeded");
        var erpOrders = await ErpSalesOrdersAsync();
        var erpNumber = body["erpOrderNumber"]!.GetValue<string>();
        var byErpNumber = await Admin.GetFromJsonAsync<List<RunSummaryDto>>($"/api/runs?key={erpNumber}&keyName=erpOrderNumber");
        var published = await PublishedAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("accepted", body["status"]!.GetValue<string>());
        Assert.Equal("WEB-100234", body["orderNumber"]!.GetValue<string>());
        Assert.StartsWith("SO-", erpNumber, StringComparison.Ordinal);
        Assert.Equal("ACME-PO-5521", body["customerPoNumber"]!.GetValue<string>());
        Assert.False(body["backordered"]!.GetValue<bool>());
        var lines = body["lines"]!.AsArray();
        Assert.Equal(["WID-100", "BOL-400", "GAD-200"], lines.Select(l => l!["sku"]!.GetValue<string>()));
        Assert.All(lines, l => Assert.Equal("available", l!["status"]!.GetValue<string>()));
        Assert.Equal(["CS", "EA", "EA"], lines.Select(l => l!["unit"]!.GetValue<string>()));
        // Contract prices from the ERP's PL-ACME (45.00 per case, 10.80 per gadget), the list price for the bolts.
        Assert.Equal([45.00m, 0.12m, 10.80m], lines.Select(l => l!["unitPrice"]!.GetValue<decimal>()));
        Assert.Equal(172.80m, body["total"]!.GetValue<decimal>());

        var erpOrder = Assert.Single(erpOrders);
        Assert.Equal(erpNumber, erpOrder!["data"]!["number"]!.GetValue<string>());
        Assert.Equal("C1000", erpOrder["data"]!["customer"]!.GetValue<string>());
        Assert.Contains(byErpNumber!, r => r.Id == runId);

        // The answer comes before the release: respond precedes publish in the journal, and the event is published once.
        var steps = run.Timeline.Select(s => s.StepPath).ToList();
        Assert.True(steps.IndexOf(steps.Single(p => p.EndsWith("acknowledge", StringComparison.Ordinal))) < steps.IndexOf(steps.Single(p => p.EndsWith("orderAccepted", StringComparison.Ordinal))));
        var release = Assert.Single(published);
        Assert.Equal("order.accepted", release.Output!["type"]!.GetValue<string>());
        Assert.Equal(erpNumber, release.Output["correlationKey"]!.GetValue<string>());
        Assert.Equal(3, release.Input!["lines"]!.AsArray().Count);
    }

    [Fact]
    public async Task Line_beyond_the_stock_of_any_warehouse_is_acknowledged_as_backordered()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");

        // GAD-200: 60 in WH-CENTRAL, 5 in WH-EAST, 40 in WH-WEST; 80 fit in none, the ERP picks the fullest.
        var (status, _, body) = await PostAsync(Admin, PortalOrder("WEB-100300", gadgets: 80));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body["backordered"]!.GetValue<bool>());
        var gadgets = body["lines"]!.AsArray().Single(l => l!["sku"]!.GetValue<string>() == "GAD-200")!;
        Assert.Equal("backordered", gadgets["status"]!.GetValue<string>());
        Assert.Equal("WH-CENTRAL", gadgets["warehouse"]!.GetValue<string>());
        Assert.Equal(20m, gadgets["backorderedQuantity"]!.GetValue<decimal>());
        Assert.Equal("available", body["lines"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Same_order_posted_twice_gives_one_ERP_order_and_the_identical_answer()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");

        var first = await PostAsync(Admin, PortalOrder("WEB-100400"));
        var again = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => PostAsync(Admin, PortalOrder("WEB-100400"))));
        await WaitForRunAsync(first.RunId, "succeeded");
        var erpOrders = await ErpSalesOrdersAsync();
        var published = await PublishedAsync();

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.All(again, a => Assert.Equal((HttpStatusCode.OK, first.RunId, first.Body.ToJsonString()), (a.Status, a.RunId, a.Body.ToJsonString())));
        Assert.Equal(first.Body["erpOrderNumber"]!.GetValue<string>(), Assert.Single(erpOrders)!["data"]!["number"]!.GetValue<string>());
        Assert.Single(published);
    }

    [Fact]
    public async Task Customer_over_its_credit_limit_gets_a_business_refusal_and_no_order_is_created()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");

        // C1002 has a 5,000 USD limit and no contract: 500 gadgets at the 12.00 list price alone are 6,000.
        var (status, runId, body) = await PostAsync(Admin, PortalOrder("WEB-100500", customer: "C1002", gadgets: 500));
        var run = await WaitForRunAsync(runId, "succeeded", "failed");
        var erpOrders = await ErpSalesOrdersAsync();
        var published = await PublishedAsync();

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("refused", body["status"]!.GetValue<string>());
        Assert.Equal("creditHold", body["reason"]!.GetValue<string>());
        Assert.Contains("exceeds the available credit", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("succeeded", run.Summary.Status);
        Assert.DoesNotContain(run.Timeline, s => s.StepPath.EndsWith("createOrder", StringComparison.Ordinal));
        Assert.Empty(erpOrders);
        Assert.Empty(published);
    }
}
