namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// The shipped flows/shipment-propagation.flow.json end to end (see <see cref="ShipmentPropagationHarness"/>): a shipment the
/// warehouse ships becomes one run that tells the portal/CRM line by line, sends the EDI customer its 856 and 810 over SFTP,
/// and raises a short pick as a business exception.
/// </summary>
public class ShipmentPropagationFlowTests : ShipmentPropagationHarness
{
    private static readonly (string, decimal, string)[] WidgetsAndGadgets = [("WID-100", 2, "CS"), ("GAD-200", 3, "EA")];

    [Fact]
    public Task Shipment_propagation_flow_file_validates_and_is_imported_as_a_published_flow()
        => AssertShippedFlowPublishedAsync(Flow, "schedule", "event");

    [Fact]
    public async Task Sftp_full_shipment_to_an_EDI_customer_sends_the_856_and_the_810_once_and_publishes_shipment_shipped()
    {
        var outbox = await ConnectAsync();

        var (order, number, shipment, run) = await ShipAndPollAsync("C1000", "ACME-PO-7781", "WH-CENTRAL", WidgetsAndGadgets, polls: 2);
        var shipDate = DateTimeOffset.Parse(shipment["shippedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

        AssertStatus(run, "succeeded");
        Assert.Equal((number, order, "INV-" + number[3..]), (run.Summary.BusinessKeys["shipmentNumber"], run.Summary.BusinessKeys["orderNumber"], run.Summary.BusinessKeys["invoiceNumber"]));
        Assert.Equal("shipment-" + number, run.Summary.CorrelationId);

        // The portal/CRM: every line shipped in full, order complete, carrier with its SCAC and the tracking number.
        var shipped = ShippedEvent(run);
        Assert.Equal((number, order, "ACME-PO-7781", "shipped", true, false, false), (shipped["shipmentNumber"]!.GetValue<string>(), shipped["orderNumber"]!.GetValue<string>(), shipped["customerPoNumber"]!.GetValue<string>(), shipped["status"]!.GetValue<string>(), shipped["orderComplete"]!.GetValue<bool>(), shipped["backordered"]!.GetValue<bool>(), shipped["shortPicked"]!.GetValue<bool>()));
        Assert.Equal(("UPS", "UPSN"), (shipped["carrier"]!["code"]!.GetValue<string>(), shipped["carrier"]!["scac"]!.GetValue<string>()));
        Assert.Equal("1Z999AA1" + order[3..], Assert.Single(shipped["trackingNumbers"]!.AsArray())!.GetValue<string>());
        Assert.Equal([(1, "WID-100", 2m, 2m, 2m, 0m, 0m, "shipped"), (2, "GAD-200", 3m, 3m, 3m, 0m, 0m, "shipped")], EventLines(shipped));

        // The 856: our shipment number and ship date, UPS's SCAC and the tracking number, the customer's PO and our order,
        // one item per line with the shipped and ordered quantities in X12 units.
        var asn = await ReceivedSetAsync(outbox, "856-acme-*.edi");
        Assert.Equal(("856", number, shipDate), (S(asn["ST"]!, "ST01"), S(asn["BSN"]!, "BSN02"), S(asn["BSN"]!, "BSN03")));
        var top = asn["HLLoop"]![0]!;
        Assert.Equal("UPSN", S(top["TD5"]![0]!, "TD503"));
        Assert.Equal([("CN", "1Z999AA1" + order[3..])], top["REF"]!.AsArray().Select(r => (S(r!, "REF01"), S(r!, "REF02"))));
        Assert.Equal(("ACME-PO-7781", "VN", order), (S(Order(asn)["PRF"]!, "PRF01"), S(Order(asn)["REF"]![0]!, "REF01"), S(Order(asn)["REF"]![0]!, "REF02")));
        Assert.Equal([("1", "WID-100", "2", "CA", "2", "AC"), ("2", "GAD-200", "3", "EA", "3", "AC")], AsnItems(asn));

        // The 810: the ERP's invoice for this shipment at the contract prices (PL-ACME: 45.00 per case, 10.80 per gadget).
        var invoice = await ReceivedSetAsync(outbox, "810-acme-*.edi");
        Assert.Equal(("810", "INV-" + number[3..], "ACME-PO-7781"), (S(invoice["ST"]!, "ST01"), S(invoice["BIG"]!, "BIG02"), S(invoice["BIG"]!, "BIG04")));
        Assert.Equal([("VN", order), ("BM", number)], invoice["REF"]!.AsArray().Select(r => (S(r!, "REF01"), S(r!, "REF02"))));
        Assert.Equal([("1", "2", "CA", "45.00", "WID-100"), ("2", "3", "EA", "10.80", "GAD-200")], InvoiceItems(invoice));
        Assert.Equal("12240", S(invoice["TDS"]!, "TDS01"));
        Assert.Equal(("BT", "C1000"), (S(invoice["N1Loop"]![0]!["N1"]!, "N101"), S(invoice["N1Loop"]![0]!["N1"]!, "N104")));
        Assert.Equal(2, Directory.GetFiles(outbox, "*.edi").Length);
    }

    [Fact]
    public async Task Sftp_partial_shipment_for_lack_of_stock_shows_the_backorder_line_by_line_without_an_exception()
    {
        var outbox = await ConnectAsync();

        // WH-EAST holds 5 gadgets: 5 of 10 are assigned and shipped, the other 5 stay backordered in the ERP.
        var (order, _, _, run) = await ShipAndPollAsync("C1000", "ACME-PO-7782", "WH-EAST", [("GAD-200", 10, "EA"), ("WID-100", 24, "EA")]);

        AssertStatus(run, "succeeded");
        var shipped = ShippedEvent(run);
        Assert.Equal(("partiallyShipped", false, true, false, "processing"), (shipped["status"]!.GetValue<string>(), shipped["orderComplete"]!.GetValue<bool>(), shipped["backordered"]!.GetValue<bool>(), shipped["shortPicked"]!.GetValue<bool>(), shipped["orderState"]!.GetValue<string>()));
        Assert.Equal([(1, "GAD-200", 10m, 5m, 5m, 5m, 0m, "partiallyShipped"), (2, "WID-100", 24m, 24m, 24m, 0m, 0m, "shipped")], EventLines(shipped));
        Assert.Equal([(1, 10m, 5m, 0m, 5m), (2, 24m, 24m, 0m, 0m)], await OrderStatusAsync(order));

        // The 856 says 5 of 10 shipped, the rest backordered (SN108 IB); the 810 bills the 5.
        Assert.Equal([("1", "GAD-200", "5", "EA", "10", "IB"), ("2", "WID-100", "24", "EA", "24", "AC")], AsnItems(await ReceivedSetAsync(outbox, "856-acme-*.edi")));
        Assert.Equal([("1", "5", "EA", "10.80", "GAD-200"), ("2", "24", "EA", "4.05", "WID-100")], InvoiceItems(await ReceivedSetAsync(outbox, "810-acme-*.edi")));
    }

    [Fact]
    public async Task Sftp_short_pick_sends_what_shipped_then_fails_the_run_as_a_business_exception_with_the_backorder_visible()
    {
        var outbox = await ConnectAsync();

        // Two cases of widgets were assigned, one was found in the bin.
        var (order, number, _, run) = await ShipAndPollAsync("C1000", "ACME-PO-7783", "WH-CENTRAL", WidgetsAndGadgets, picked: new() { [1] = 1 });

        AssertStatus(run, "failed", "business");
        Assert.EndsWith("shortPick", run.Summary.FailedStep, StringComparison.Ordinal);
        Assert.Contains($"Shipment {number} for order {order} (customer C1000) was picked short: line 1 WID-100 picked 1 of 2 CS, 1 CS now backordered.", run.Summary.Error, StringComparison.Ordinal);
        Assert.Contains(run.Timeline, s => s.StepId == "send810" && s.Status == "succeeded");

        // The status went out first, the backorder is in the ERP, and the customer got the 856 and 810 for what shipped.
        var shipped = ShippedEvent(run);
        Assert.Equal(("partiallyShipped", true, true), (shipped["status"]!.GetValue<string>(), shipped["backordered"]!.GetValue<bool>(), shipped["shortPicked"]!.GetValue<bool>()));
        Assert.Equal([(1, "WID-100", 2m, 1m, 1m, 1m, 1m, "partiallyShipped"), (2, "GAD-200", 3m, 3m, 3m, 0m, 0m, "shipped")], EventLines(shipped));
        Assert.Equal([(1, 2m, 1m, 0m, 1m), (2, 3m, 3m, 0m, 0m)], await OrderStatusAsync(order));
        Assert.Equal([("1", "WID-100", "1", "CA", "2", "IB"), ("2", "GAD-200", "3", "EA", "3", "AC")], AsnItems(await ReceivedSetAsync(outbox, "856-acme-*.edi")));
        Assert.Equal([("1", "1", "CA", "45.00", "WID-100"), ("2", "3", "EA", "10.80", "GAD-200")], InvoiceItems(await ReceivedSetAsync(outbox, "810-acme-*.edi")));
    }

    [Fact]
    public async Task Sftp_customer_without_EDI_gets_shipment_shipped_and_no_856_or_810()
    {
        var outbox = await ConnectAsync();

        var (order, _, _, run) = await ShipAndPollAsync("C1002", null, "WH-CENTRAL", [("GAD-200", 2, "EA")]);

        AssertStatus(run, "succeeded");
        var shipped = ShippedEvent(run);
        Assert.Equal((order, "Corner Tools", "shipped", true), (shipped["orderNumber"]!.GetValue<string>(), shipped["customer"]!["name"]!.GetValue<string>(), shipped["status"]!.GetValue<string>(), shipped["orderComplete"]!.GetValue<bool>()));
        Assert.Equal([(1, "GAD-200", 2m, 2m, 2m, 0m, 0m, "shipped")], EventLines(shipped));
        Assert.DoesNotContain(run.Timeline, s => s.Kind == "call" && s.StepId is "send856" or "send810" or "postedInvoices");
        Assert.Empty(Directory.GetFiles(outbox));
    }
}
