using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Tests;

[Collection(TrytonCollection.Name)]
public sealed class SalesTests(TrytonTestBed bed)
{
    [Fact]
    public async Task A_second_create_with_the_same_key_returns_the_existing_order()
    {
        var key = $"seq-{Guid.NewGuid():N}";
        var request = new SalesOrderRequest(key, "C-BETA", [new SalesOrderLineRequest("WIDGET", 3m)], CustomerReference: "PO-SEQ");

        var first = await bed.Client.CreateSalesOrderAsync(request);
        var second = await bed.Client.CreateSalesOrderAsync(request with { Lines = [new SalesOrderLineRequest("WIDGET", 99m)] });

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, await CountSalesAsync(key));
        var status = await bed.Client.GetSalesOrderStatusAsync(first.Id);
        Assert.Equal(3m, Assert.Single(status.Lines).Ordered);
    }

    [Fact]
    public async Task Three_concurrent_duplicates_create_one_sale()
    {
        var key = $"race-{Guid.NewGuid():N}";
        var request = new SalesOrderRequest(key, "C-ACME", [new SalesOrderLineRequest("WIDGET", 1m)]);
        // Three clients, three sessions, three HTTP connections: truly concurrent calls.
        var clients = Enumerable.Range(0, 3).Select(_ => bed.CreateClient()).ToList();
        await Task.WhenAll(clients.Select(c => c.GetItemAsync("WIDGET")));

        var results = await Task.WhenAll(clients.Select(c => Task.Run(() => c.CreateSalesOrderAsync(request))));

        Assert.Single(results.Select(r => r.Id).Distinct());
        Assert.Equal(1, results.Count(r => r.Created));
        Assert.Equal(1, await CountSalesAsync(key));
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Confirming_over_the_credit_limit_is_a_business_error_and_the_sale_stays_a_quotation()
    {
        var order = await bed.Client.CreateSalesOrderAsync(new SalesOrderRequest(
            $"credit-{Guid.NewGuid():N}", "C-HOLD", [new SalesOrderLineRequest("WIDGET", 50m)]));

        var error = await Assert.ThrowsAsync<TrytonException>(() => bed.Client.ConfirmSalesOrderAsync(order.Id));

        Assert.Equal(ErrorCategory.Business, error.Category);
        Assert.Contains("credit", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("quotation", (await bed.Client.GetSalesOrderStatusAsync(order.Id)).State);
    }

    [Fact]
    public async Task A_shipment_step_in_the_wrong_state_is_refused()
    {
        var order = await bed.Client.CreateSalesOrderAsync(new SalesOrderRequest(
            $"state-{Guid.NewGuid():N}", "C-ACME", [new SalesOrderLineRequest("WIDGET", 2m)]));
        await bed.Client.ConfirmSalesOrderAsync(order.Id);
        var status = await bed.Client.ProcessSalesOrderAsync(order.Id);

        var error = await Assert.ThrowsAsync<TrytonException>(() =>
            bed.Client.ApplyShipmentActionAsync(new ShipmentActionRequest(Assert.Single(status.ShipmentIds), ShipmentAction.Done)));

        Assert.Equal(ErrorCategory.DataQuality, error.Category);
        Assert.Contains("waiting", error.Message);
    }

    [Fact]
    public async Task A_sale_goes_from_creation_to_shipment_done_with_a_partial_shipment_and_a_backorder()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-2);
        var stock = Assert.Single(await bed.Client.GetAvailabilityAsync(["GADGET"], ["WH"])).Available;
        Assert.True(stock > 0, "the test bed has gadgets in WH");
        var ordered = stock + 20m;

        // Arrange: order more than the warehouse holds.
        var order = await bed.Client.CreateSalesOrderAsync(new SalesOrderRequest(
            $"full-{Guid.NewGuid():N}", "C-ACME", [new SalesOrderLineRequest("GADGET", ordered)], CustomerReference: "PO-FULL", WarehouseCode: "WH", CarrierCode: "UPS"));
        var quoted = await bed.Client.QuoteSalesOrderAsync(order.Id);
        Assert.Equal("quotation", quoted.State);
        Assert.NotNull(quoted.Number);
        await bed.Client.ConfirmSalesOrderAsync(order.Id);
        var processing = await bed.Client.ProcessSalesOrderAsync(order.Id);
        Assert.Equal("processing", processing.State);
        var shipmentId = Assert.Single(processing.ShipmentIds);
        var waiting = await bed.Client.ListShipmentsAsync("waiting", "WH");
        var shipment = Assert.Single(waiting, s => s.Id == shipmentId);
        Assert.Equal(ordered, Assert.Single(shipment.Lines).Quantity);
        Assert.Contains(order.Id, shipment.SalesOrderIds);

        // Act: the warehouse ships what it has.
        var assigned = await bed.Client.ApplyShipmentActionAsync(new ShipmentActionRequest(shipmentId, ShipmentAction.Assign));
        await bed.Client.ApplyShipmentActionAsync(new ShipmentActionRequest(shipmentId, ShipmentAction.Pick));
        await bed.Client.ApplyShipmentActionAsync(new ShipmentActionRequest(shipmentId, ShipmentAction.Pack));
        var done = await bed.Client.ApplyShipmentActionAsync(new ShipmentActionRequest(shipmentId, ShipmentAction.Done, "FEDEX", "794612345678"));

        // Assert
        Assert.Equal("assigned", assigned.State);
        Assert.Equal("done", done.State);
        Assert.Equal("FEDEX", done.CarrierCode);
        Assert.Equal("794612345678", done.TrackingNumber);
        Assert.Equal(stock, Assert.Single(done.Lines).Quantity);
        Assert.Contains(await bed.Client.ListShipmentsAsync("done"), s => s.Id == shipmentId && s.TrackingNumber == "794612345678");

        var status = await bed.Client.GetSalesOrderStatusAsync(order.Id);
        var line = Assert.Single(status.Lines);
        Assert.Equal(("GADGET", ordered, stock, 20m, 20m, "u"), (line.ItemCode, line.Ordered, line.Shipped, line.Backordered, line.Open, line.Unit));
        Assert.Equal("PO-FULL", status.CustomerReference);
        Assert.Equal(2, status.ShipmentIds.Count);
        var backorder = await bed.Client.GetShipmentAsync(status.ShipmentIds.Single(id => id != shipmentId));
        Assert.Equal(20m, Assert.Single(backorder.Lines).Quantity);
        Assert.Equal(0m, Assert.Single(await bed.Client.GetAvailabilityAsync(["GADGET"], ["WH"])).OnHand);

        var sales = await bed.Client.ListChangesAsync(ChangeEntity.SalesOrder, since);
        Assert.Contains(sales.Changes, c => c.Id == order.Id && c.Key == status.Number);
        Assert.True(sales.Watermark >= since);
        var shipments = await bed.Client.ListChangesAsync(ChangeEntity.Shipment, since);
        Assert.Contains(shipments.Changes, c => c.Id == shipmentId);
        Assert.DoesNotContain((await bed.Client.ListChangesAsync(ChangeEntity.SalesOrder, sales.Watermark.AddSeconds(1))).Changes, c => c.Id == order.Id);

        // The invoice Tryton drafted for the order is posted by accounting; the connector then sees it.
        var invoices = await bed.Client.SearchReadAsync("account.invoice",
            TrytonErpClient.Domain(TrytonErpClient.Clause("type", "=", "out"), TrytonErpClient.Clause("state", "=", "draft")), ["sales"], CancellationToken.None);
        var invoiceId = invoices.Single(i => i["sales"]!.AsArray().Any(s => s!.GetValue<long>() == order.Id))["id"]!.GetValue<long>();
        await bed.Client.ExecuteAsync("account.invoice", "post", new JsonArray(new JsonArray(invoiceId)), null, CancellationToken.None);
        var posted = await bed.Client.ListPostedInvoicesAsync(since);
        var invoice = Assert.Single(posted, i => i.Id == invoiceId);
        Assert.Equal("C-ACME", invoice.CustomerCode);
        Assert.Equal("posted", invoice.State);
        Assert.NotNull(invoice.Number);
        Assert.Contains(order.Id, invoice.SalesOrderIds);
        Assert.Contains(invoice.Lines, l => l.ItemCode == "GADGET" && l.Quantity == ordered);
        Assert.Equal(status.Total, invoice.TotalAmount);
        Assert.Contains((await bed.Client.ListChangesAsync(ChangeEntity.Invoice, since)).Changes, c => c.Id == invoiceId && c.Key == invoice.Number);
    }

    private async Task<int> CountSalesAsync(string key) =>
        (await bed.Client.SearchReadAsync("sale.sale", TrytonErpClient.Domain(TrytonErpClient.Clause("hub_idempotency_key", "=", key)), ["id"], CancellationToken.None)).Count;
}
