using IntegrationHub.Connectors.Tryton.Models;

namespace IntegrationHub.Connectors.Tryton.Tests;

[Collection(TrytonCollection.Name)]
public sealed class PurchaseTests(TrytonTestBed bed)
{
    [Fact]
    public async Task A_purchase_goes_from_confirmation_to_receipt_with_a_shortage()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-2);
        var before = (await bed.Client.GetAvailabilityAsync(["WIDGET", "GADGET"], ["EAST"])).ToDictionary(a => a.ItemCode, a => a.OnHand);
        var request = new PurchaseOrderRequest($"po-{Guid.NewGuid():N}", "S-WIDGETCO",
            [new PurchaseOrderLineRequest("WIDGET", 100m, 6.00m), new PurchaseOrderLineRequest("GADGET", 50m, 15.00m)],
            WarehouseCode: "EAST", Reference: "REQ-77");

        // Created once, confirmed, then waiting to be sent.
        var created = await bed.Client.CreatePurchaseOrderAsync(request);
        var again = await bed.Client.CreatePurchaseOrderAsync(request);
        Assert.True(created.Created);
        Assert.Equal((created.Id, false), (again.Id, again.Created));
        var confirmed = await bed.Client.ConfirmPurchaseOrderAsync(created.Id);
        Assert.Equal("processing", confirmed.State);
        Assert.NotNull(confirmed.Number);
        Assert.Equal(new Money(1350.00m, "USD"), confirmed.Total);
        var toSend = await bed.Client.ListPurchaseOrdersToSendAsync();
        Assert.Contains(toSend, p => p.Id == created.Id && p.SupplierCode == "S-WIDGETCO" && p.SentAt is null);

        var sent = await bed.Client.MarkPurchaseOrderSentAsync(created.Id);
        var sentAgain = await bed.Client.MarkPurchaseOrderSentAsync(created.Id);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(sent.SentAt, sentAgain.SentAt);
        Assert.DoesNotContain(await bed.Client.ListPurchaseOrdersToSendAsync(), p => p.Id == created.Id);

        // The supplier confirms 80 widgets later than asked and all 50 gadgets.
        var delivery = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        var afterConfirmation = await bed.Client.ApplySupplierConfirmationAsync(created.Id,
            [new SupplierConfirmationLine("WIDGET", 80m, delivery), new SupplierConfirmationLine("GADGET", 50m, delivery.AddDays(2))]);
        var widget = afterConfirmation.Lines.Single(l => l.ItemCode == "WIDGET");
        Assert.Equal((100m, 0m, 80m, delivery), (widget.Ordered, widget.Received, widget.Expected, widget.ExpectedDate));
        Assert.Equal(delivery.AddDays(2), afterConfirmation.Lines.Single(l => l.ItemCode == "GADGET").ExpectedDate);

        // 70 widgets and the 50 gadgets arrive.
        var receipt = await bed.Client.ReceiveSupplierShipmentAsync(created.Id,
            [new ReceiptLine("WIDGET", 70m), new ReceiptLine("GADGET", 50m)], "ASN-1");

        Assert.Equal("done", receipt.State);
        var shortage = Assert.Single(receipt.Shortages);
        Assert.Equal(("WIDGET", 80m, 70m, 10m, "u"), (shortage.ItemCode, shortage.Expected, shortage.Received, shortage.Shortage, shortage.Unit));
        var after = await bed.Client.GetPurchaseOrderAsync(created.Id);
        var widgetAfter = after.Lines.Single(l => l.ItemCode == "WIDGET");
        Assert.Equal((70m, 10m), (widgetAfter.Received, widgetAfter.Expected));
        var gadgetAfter = after.Lines.Single(l => l.ItemCode == "GADGET");
        Assert.Equal((50m, 0m), (gadgetAfter.Received, gadgetAfter.Expected));
        var stock = (await bed.Client.GetAvailabilityAsync(["WIDGET", "GADGET"], ["EAST"])).ToDictionary(a => a.ItemCode, a => a.OnHand);
        Assert.Equal(before["WIDGET"] + 70m, stock["WIDGET"]);
        Assert.Equal(before["GADGET"] + 50m, stock["GADGET"]);
        Assert.Contains((await bed.Client.ListChangesAsync(ChangeEntity.SupplierShipment, since)).Changes, c => c.Id == receipt.ShipmentId);
        Assert.Contains((await bed.Client.ListChangesAsync(ChangeEntity.PurchaseOrder, since)).Changes, c => c.Id == created.Id);
    }
}
