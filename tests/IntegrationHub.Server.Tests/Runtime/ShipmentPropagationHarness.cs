using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// The shipment-propagation flow's test harness: a full hub with the Sandbox ERP/WMS and the built-in EDI connector against
/// the real OpenSSH server of tests/testbed/sshd.sh (connection edi-customer, partner "acme" = Sandbox customer C1000 in
/// flows/lookups/edi-customers.json). The warehouse's side is driven through the Sandbox as its users would: order, confirm,
/// assign, pick (optionally short), pack, ship.
/// </summary>
public abstract class ShipmentPropagationHarness : SandboxEdiHubTestBase
{
    protected const string Flow = "shipment-propagation";

    /// <summary>Creates sandbox-erp and edi-customer; returns the customer's SFTP folder our documents land in.</summary>
    protected async Task<string> ConnectAsync() => (await ConnectAsync("edi-customer", "acme")).Outbox;

    /// <summary>
    /// Creates and confirms an order with one warehouse's lines (sku, quantity, unit), then runs its shipment through the
    /// warehouse: assigned from stock, picked (<paramref name="picked"/> per order line, else everything assigned), packed,
    /// and shipped with UPS and a tracking number. Returns the order number and the shipped shipment.
    /// </summary>
    protected async Task<(string Order, JsonObject Shipment)> ShipOrderAsync(string customer, string? customerPo, string warehouse, (string Sku, decimal Quantity, string Unit)[] lines, Dictionary<int, decimal>? picked = null)
    {
        var created = await ErpAsync("createSalesOrder", new JsonObject
        {
            ["customer"] = customer,
            ["customerReference"] = customerPo,
            ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)new JsonObject { ["sku"] = l.Sku, ["quantity"] = l.Quantity, ["unit"] = l.Unit, ["warehouse"] = warehouse })]),
        });
        var order = created["order"]!["number"]!.GetValue<string>();
        await ErpAsync("confirmSalesOrder", new JsonObject { ["orderNumber"] = order });
        var shipments = await ErpAsync("listShipments", new JsonObject { ["orderNumber"] = order });
        var number = Assert.Single(shipments["shipments"]!.AsArray())!["number"]!.GetValue<string>();

        await ShipmentActionAsync(number, "assign");
        await ShipmentActionAsync(number, "pick", new JsonObject
        {
            ["lines"] = picked is null ? null : new JsonArray([.. picked.Select(p => (JsonNode)new JsonObject { ["orderLineNo"] = p.Key, ["quantity"] = p.Value })]),
        });
        await ShipmentActionAsync(number, "pack");
        var shipped = await ShipmentActionAsync(number, "done", new JsonObject { ["carrier"] = "UPS", ["trackingNumber"] = "1Z999AA1" + order[3..] });
        return (order, shipped.AsObject());
    }

    /// <summary>
    /// Ships an order (see <see cref="ShipOrderAsync"/>), runs the flow's poll <paramref name="polls"/> times and returns the
    /// order number, the shipped shipment and its run once that ended (succeeded, failed) or waits.
    /// </summary>
    protected async Task<(string Order, string Shipment, JsonObject Shipped, RunDetailDto Run)> ShipAndPollAsync(string customer, string? customerPo, string warehouse, (string Sku, decimal Quantity, string Unit)[] lines, Dictionary<int, decimal>? picked = null, int polls = 1)
    {
        var (order, shipment) = await ShipOrderAsync(customer, customerPo, warehouse, lines, picked);
        var number = shipment["number"]!.GetValue<string>();
        for (var i = 0; i < polls; i++)
        {
            await RunToSuccessAsync(Flow);
        }

        return (order, number, shipment, await ShipmentRunAsync(number, "succeeded", "failed", "waiting"));
    }

    /// <summary>Asserts the run's status, saying where and why it ended otherwise.</summary>
    protected static void AssertStatus(RunDetailDto run, string status, string? category = null) =>
        Assert.True((status, category) == (run.Summary.Status, run.Summary.ErrorCategory), $"{run.Summary.Status} ({run.Summary.ErrorCategory}) at {run.Summary.FailedStep}: {run.Summary.Error}");

    /// <summary>The shipment's own run (started by the poll's shipment.done event), once it reached one of the statuses.</summary>
    protected Task<RunDetailDto> ShipmentRunAsync(string shipmentNumber, params string[] statuses) => RunByKeyAsync(Flow, "shipmentNumber", shipmentNumber, statuses);

    /// <summary>The payload of the run's shipment.shipped event.</summary>
    protected static JsonObject ShippedEvent(RunDetailDto run) =>
        Assert.Single(run.Timeline, s => s.StepId == "shipped" && s.Status == "succeeded").Input!.AsObject();

    /// <summary>The ERP's line-level status of the order: (line, ordered, shipped, in progress, backordered).</summary>
    protected async Task<(int Line, decimal Ordered, decimal Shipped, decimal InProgress, decimal Backordered)[]> OrderStatusAsync(string order)
    {
        var status = await ErpAsync("getSalesOrderStatus", new JsonObject { ["orderNumber"] = order });
        return [.. status["lines"]!.AsArray().Select(l => (l!["lineNo"]!.GetValue<int>(), l["ordered"]!.GetValue<decimal>(), l["shipped"]!.GetValue<decimal>(), l["inProgress"]!.GetValue<decimal>(), l["backordered"]!.GetValue<decimal>()))];
    }

    /// <summary>Each order line of a shipment.shipped payload: (line, sku, ordered, shipped now, shipped, backordered, short picked, status).</summary>
    protected static (int, string, decimal, decimal, decimal, decimal, decimal, string)[] EventLines(JsonObject shipped) =>
        [.. shipped["lines"]!.AsArray().Select(l => (l!["lineNumber"]!.GetValue<int>(), l["sku"]!.GetValue<string>(), l["ordered"]!.GetValue<decimal>(), l["shippedNow"]!.GetValue<decimal>(), l["shipped"]!.GetValue<decimal>(), l["backordered"]!.GetValue<decimal>(), l["shortPicked"]!.GetValue<decimal>(), l["status"]!.GetValue<string>()))];

    /// <summary>Each item of an 856 (shipment > order > pack > item): (LIN01, LIN03 sku, SN102 shipped, SN103 unit, SN105 ordered, SN108 status).</summary>
    protected static (string, string, string, string, string, string)[] AsnItems(JsonObject asn) =>
        [.. Order(asn)["HLLoop"]!.AsArray().SelectMany(p => p!["HLLoop"]!.AsArray()).Select(i => (S(i!["LIN"]!, "LIN01"), S(i["LIN"]!, "LIN03"), S(i["SN1"]!, "SN102"), S(i["SN1"]!, "SN103"), S(i["SN1"]!, "SN105"), S(i["SN1"]!, "SN108")))];

    /// <summary>The order level (HL O) of an 856.</summary>
    protected static JsonNode Order(JsonObject asn) => asn["HLLoop"]![0]!["HLLoop"]![0]!;

    /// <summary>Each IT1 of an 810: (line, quantity, unit, unit price, sku).</summary>
    protected static (string, string, string, string, string)[] InvoiceItems(JsonObject invoice) =>
        [.. invoice["IT1Loop"]!.AsArray().Select(l => l!["IT1"]!).Select(i => (S(i, "IT101"), S(i, "IT102"), S(i, "IT103"), S(i, "IT104"), S(i, "IT107")))];

    protected static string S(JsonNode node, string element) => node[element]!.GetValue<string>();

    /// <summary>Publishes an event through the API, as an ERP or WMS would.</summary>
    protected async Task PublishAsync(string id, string type, string correlationKey, JsonNode payload)
    {
        using var response = await Admin.PostAsJsonAsync("/api/events", new PublishEventRequest(id, type, correlationKey, payload));
        response.EnsureSuccessStatusCode();
    }

    private async Task<JsonNode> ShipmentActionAsync(string number, string action, JsonObject? extra = null)
    {
        var input = new JsonObject { ["shipmentNumber"] = number, ["action"] = action };
        foreach (var (name, value) in extra ?? [])
        {
            input[name] = value?.DeepClone();
        }

        return await ErpAsync("shipmentAction", input);
    }
}
