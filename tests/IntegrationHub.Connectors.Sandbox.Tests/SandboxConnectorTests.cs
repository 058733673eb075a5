using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sandbox.Model;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Sdk.Testing;

namespace IntegrationHub.Connectors.Sandbox.Tests;

public sealed class SandboxConnectorTests : IDisposable
{
    private static readonly SandboxSettings Settings = new();
    private readonly ConnectorTestHarness _harness = new(new SandboxConnector());

    public void Dispose() => _harness.Dispose();

    [Fact]
    public void Descriptor_OperationNames_MatchSharedErpNames()
    {
        string[] shared =
        [
            "getCustomer", "listItems", "getItem", "getContractPrice", "checkCredit", "getAvailability", "createSalesOrder",
            "confirmSalesOrder", "getSalesOrderStatus", "listShipments", "shipmentAction", "createPurchaseOrder", "confirmPurchaseOrder",
            "listPurchaseOrdersToSend", "markPurchaseOrderSent", "applySupplierConfirmation", "receiveSupplierShipment",
            "listPostedInvoices", "listChanges",
        ];
        string[] sandboxOnly = ["getSalesOrder"];

        Assert.Equal(shared.Concat(sandboxOnly).Order(StringComparer.Ordinal), _harness.Definition.Descriptor.Operations.Select(o => o.Name));
    }

    [Fact]
    public async Task GetContractPrice_QuantityBreak_UsesBestContractEntry()
    {
        var small = await Run<ContractPriceOutput>("getContractPrice", new ContractPriceInput("C1000", "WID-100", 10, "EA"));
        var large = await Run<ContractPriceOutput>("getContractPrice", new ContractPriceInput("C1000", "WID-100", 150, "EA"));
        var list = await Run<ContractPriceOutput>("getContractPrice", new ContractPriceInput("C1002", "WID-100", 2, "CS"));

        Assert.Equal((4.05m, "PL-ACME"), (small.UnitPrice, small.PriceList));
        Assert.Equal(3.80m, large.UnitPrice);
        Assert.Equal((54.00m, "list"), (list.UnitPrice, list.PriceList));
    }

    [Fact]
    public async Task GetContractPrice_UnknownUnit_ThrowsDataQuality()
    {
        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Run<ContractPriceOutput>("getContractPrice", new ContractPriceInput("C1000", "WID-100", 1, "PAL")));

        Assert.Equal(ErrorCategory.DataQuality, ex.Category);
        Assert.Contains("'PAL'", ex.Message);
    }

    [Fact]
    public async Task CheckCredit_OverLimitOrOnHold_Holds()
    {
        var ok = await Run<CreditCheckOutput>("checkCredit", new CreditCheckInput("C1002", 1_000m));
        var over = await Run<CreditCheckOutput>("checkCredit", new CreditCheckInput("C1002", 6_000m));
        var held = await Run<CreditCheckOutput>("checkCredit", new CreditCheckInput("C1003", 1m));

        Assert.Equal("approved", ok.Status);
        Assert.Equal("hold", over.Status);
        Assert.Equal("hold", held.Status);
        Assert.Contains("credit hold", held.Reason);
    }

    [Fact]
    public async Task GetAvailability_Seeded_ReturnsPerWarehouse()
    {
        var output = await Run<AvailabilityOutput>("getAvailability", new AvailabilityInput(["GAD-200"]));

        var item = Assert.Single(output.Items);
        Assert.Equal(105m, item.TotalAvailable);
        Assert.Equal(["WH-CENTRAL", "WH-EAST", "WH-WEST"], item.Warehouses.Select(w => w.Warehouse));
    }

    [Fact]
    public async Task CreateSalesOrder_SameIdempotencyKey_ReturnsExistingOrder()
    {
        var input = new CreateSalesOrderInput("C1000", [new NewOrderLine("WID-100", 10, "EA")], "PO-77");

        var first = await Run<CreateSalesOrderOutput>("createSalesOrder", input, "run-1/createOrder");
        var second = await Run<CreateSalesOrderOutput>("createSalesOrder", input, "run-1/createOrder");
        var other = await Run<CreateSalesOrderOutput>("createSalesOrder", input, "run-2/createOrder");

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Order.Number, second.Order.Number);
        Assert.Equal("SO-000001", first.Order.Number);
        Assert.Equal("SO-000002", other.Order.Number);
        Assert.Equal(40.50m, first.Order.Total);
    }

    [Fact]
    public async Task CreateSalesOrder_ConcurrentSameKey_CreatesOneOrder()
    {
        var input = new CreateSalesOrderInput("C1001", [new NewOrderLine("BOL-400", 2, "BX")]);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Run<CreateSalesOrderOutput>("createSalesOrder", input, "run-9/create"))));

        Assert.Single(results.Select(r => r.Order.Number).Distinct());
        Assert.Single(results, r => r.Created);
        Assert.Single((await Run<ChangeList>("listChanges", new ListChangesInput("salesOrder"))).Changes);
    }

    [Fact]
    public async Task CreateSalesOrder_NoIdempotencyKey_ThrowsPlatform()
    {
        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Run<CreateSalesOrderOutput>("createSalesOrder", new CreateSalesOrderInput("C1000", [new NewOrderLine("WID-100", 1, "EA")])));

        Assert.Equal(ErrorCategory.Platform, ex.Category);
    }

    [Fact]
    public async Task OrderToInvoice_ShortPick_BackordersAndInvoicesShipped()
    {
        var created = await Run<CreateSalesOrderOutput>("createSalesOrder", new CreateSalesOrderInput("C1000", [new NewOrderLine("GAD-200", 10, "EA", Warehouse: "WH-WEST"), new NewOrderLine("ADH-300", 1, "CS")]), "run-3/create");
        await Run<SalesOrder>("confirmSalesOrder", new OrderRef(created.Order.Number));
        await Run<SalesOrder>("confirmSalesOrder", new OrderRef(created.Order.Number));
        var shipments = (await Run<ShipmentList>("listShipments", new ListShipmentsInput(State: "waiting"))).Shipments;
        Assert.Equal(2, shipments.Count);
        var west = shipments.Single(s => s.Warehouse == "WH-WEST");

        await Run<Shipment>("shipmentAction", new ShipmentActionInput(west.Number, ShipmentAction.Assign));
        var afterAssign = await Run<AvailabilityOutput>("getAvailability", new AvailabilityInput(["GAD-200"], ["WH-WEST"]));
        await Run<Shipment>("shipmentAction", new ShipmentActionInput(west.Number, ShipmentAction.Pick, Lines: [new PickedLine(1, 8)]));
        await Run<Shipment>("shipmentAction", new ShipmentActionInput(west.Number, ShipmentAction.Pack));
        _harness.Time.Advance(TimeSpan.FromHours(1));
        var done = await Run<Shipment>("shipmentAction", new ShipmentActionInput(west.Number, ShipmentAction.Done, Carrier: "UPS"));
        var status = await Run<SalesOrderStatus>("getSalesOrderStatus", new OrderRef(created.Order.Number));
        var invoices = await Run<InvoiceList>("listPostedInvoices", new SinceInput(_harness.Time.GetUtcNow().AddMinutes(-1)));
        var stock = await Run<AvailabilityOutput>("getAvailability", new AvailabilityInput(["GAD-200"], ["WH-WEST"]));

        Assert.Equal(10m, afterAssign.Items[0].Warehouses[0].Reserved);
        Assert.Equal("done", done.State);
        Assert.Equal("UPS-000001-WEST", done.TrackingNumber);
        var gadget = status.Lines.Single(l => l.Sku == "GAD-200");
        Assert.Equal((10m, 8m, 0m, 2m), (gadget.Ordered, gadget.Shipped, gadget.InProgress, gadget.Backordered));
        Assert.Equal(1m, status.Lines.Single(l => l.Sku == "ADH-300").InProgress);
        Assert.Equal("processing", status.State);
        var invoice = Assert.Single(invoices.Invoices);
        Assert.Equal(8 * 10.80m, invoice.Total);
        Assert.Equal((32m, 0m), (stock.Items[0].Warehouses[0].OnHand, stock.Items[0].Warehouses[0].Reserved));
    }

    [Fact]
    public async Task GetSalesOrder_AfterPartialShipment_ReturnsCustomerReferenceAndShippedQuantities()
    {
        var created = await Run<CreateSalesOrderOutput>("createSalesOrder", new CreateSalesOrderInput("C1000", [new NewOrderLine("GAD-200", 10, "EA", Warehouse: "WH-EAST")], "ACME-PO-1"), "run-7/create");
        await Run<SalesOrder>("confirmSalesOrder", new OrderRef(created.Order.Number));
        var shipment = (await Run<ShipmentList>("listShipments", new ListShipmentsInput(OrderNumber: created.Order.Number))).Shipments.Single();
        foreach (var action in new[] { ShipmentAction.Assign, ShipmentAction.Pick, ShipmentAction.Pack })
        {
            await Run<Shipment>("shipmentAction", new ShipmentActionInput(shipment.Number, action));
        }

        await Run<Shipment>("shipmentAction", new ShipmentActionInput(shipment.Number, ShipmentAction.Done, Carrier: "UPS"));
        var order = await Run<SalesOrder>("getSalesOrder", new OrderRef(created.Order.Number));
        var missing = await Assert.ThrowsAsync<ConnectorException>(() => Run<SalesOrder>("getSalesOrder", new OrderRef("SO-999999")));

        Assert.Equal(("C1000", "ACME-PO-1", "processing"), (order.Customer, order.CustomerReference, order.State));
        Assert.Equal((10m, 5m, 10.80m), (order.Lines[0].Quantity, order.Lines[0].ShippedQuantity, order.Lines[0].UnitPrice));
        Assert.Equal(ErrorCategory.Business, missing.Category);
        Assert.Contains("'SO-999999'", missing.Message);
    }

    [Fact]
    public async Task ShipmentAction_WrongState_ThrowsBusiness()
    {
        var created = await Run<CreateSalesOrderOutput>("createSalesOrder", new CreateSalesOrderInput("C1000", [new NewOrderLine("WID-100", 1, "EA")]), "run-4/create");
        await Run<SalesOrder>("confirmSalesOrder", new OrderRef(created.Order.Number));
        var shipment = (await Run<ShipmentList>("listShipments", new ListShipmentsInput(OrderNumber: created.Order.Number))).Shipments.Single();

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Run<Shipment>("shipmentAction", new ShipmentActionInput(shipment.Number, ShipmentAction.Done, Carrier: "UPS")));

        Assert.Equal(ErrorCategory.Business, ex.Category);
        Assert.Contains("waiting", ex.Message);
    }

    [Fact]
    public async Task PurchaseOrderCycle_PartialReceipt_ReportsShortageAndAddsStock()
    {
        var created = await Run<CreatePurchaseOrderOutput>("createPurchaseOrder", new CreatePurchaseOrderInput("SUP-10", "WH-EAST", [new NewOrderLine("PNT-500", 20, "EA", 21.5m)]), "run-5/po");
        await Run<PurchaseOrder>("confirmPurchaseOrder", new PurchaseOrderRef(created.Order.Number));
        var toSend = await Run<PurchaseOrderList>("listPurchaseOrdersToSend", new EmptyInput());
        await Run<PurchaseOrder>("markPurchaseOrderSent", new PurchaseOrderRef(created.Order.Number));
        var afterSend = await Run<PurchaseOrderList>("listPurchaseOrdersToSend", new EmptyInput());
        await Run<PurchaseOrder>("applySupplierConfirmation", new SupplierConfirmationInput(created.Order.Number, [new ConfirmedLine(1, 18, new DateOnly(2025, 2, 1))]));
        var receipt = await Run<ReceiptOutput>("receiveSupplierShipment", new ReceiveSupplierShipmentInput(created.Order.Number, [new ReceivedLine(1, 15, "LOT-A")]));
        var stock = await Run<AvailabilityOutput>("getAvailability", new AvailabilityInput(["PNT-500"], ["WH-EAST"]));

        Assert.Equal(created.Order.Number, Assert.Single(toSend.Orders).Number);
        Assert.Empty(afterSend.Orders);
        Assert.True(receipt.HasShortage);
        Assert.Equal((18m, 15m, 3m), (receipt.Lines[0].Expected, receipt.Lines[0].Received, receipt.Lines[0].Shortage));
        Assert.Equal(15m, stock.Items[0].TotalAvailable);
    }

    [Fact]
    public async Task ListChanges_Since_ReturnsOnlyLaterChanges()
    {
        var seededCustomers = await Run<ChangeList>("listChanges", new ListChangesInput("customer"));
        var before = _harness.Time.GetUtcNow();
        _harness.Time.Advance(TimeSpan.FromMinutes(5));
        await Run<CreateSalesOrderOutput>("createSalesOrder", new CreateSalesOrderInput("C1000", [new NewOrderLine("WID-100", 1, "EA")]), "run-6/create");

        var changes = await Run<ChangeList>("listChanges", new ListChangesInput("salesOrder", before));
        var none = await Run<ChangeList>("listChanges", new ListChangesInput("customer", before));

        Assert.Equal(4, seededCustomers.Changes.Count);
        Assert.Equal("SO-000001", Assert.Single(changes.Changes).Key);
        Assert.Empty(none.Changes);
    }

    [Fact]
    public async Task RunJson_UnknownCustomer_ThrowsBusiness()
    {
        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _harness.RunJsonAsync("getCustomer", [], new JsonObject { ["customer"] = "NOPE" }));

        Assert.Equal(ErrorCategory.Business, ex.Category);
        Assert.Contains("'NOPE'", ex.Message);
    }

    private Task<T> Run<T>(string operation, object input, string? idempotencyKey = null) =>
        _harness.RunAsync<T>(operation, Settings, input, idempotencyKey);
}
