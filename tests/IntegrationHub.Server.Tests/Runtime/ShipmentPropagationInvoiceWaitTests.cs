using System.Text.Json.Nodes;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// shipment-propagation with an ERP that posts the invoice after the shipment: served from a copy of the flows folder whose
/// invoice look-up finds nothing (it asks for invoices posted after the year 9000), everything else as shipped. The run
/// sends the 856, waits for invoice.posted (correlation key = shipment number), and sends the 810 once it arrives.
/// </summary>
public class ShipmentPropagationInvoiceWaitTests : ShipmentPropagationHarness
{
    protected override (string File, Action<JsonNode> Change)? FlowChange => ("shipment-propagation.flow.json", flow =>
    {
        var lookUp = flow["steps"]![0]!["default"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "edi")!["cases"]![1]!["steps"]!
            .AsArray().Single(s => s!["id"]!.GetValue<string>() == "invoice")!["cases"]![0]!["steps"]![0]!;
        Assert.Equal("postedInvoices", lookUp["id"]!.GetValue<string>());
        lookUp["input"]!["since"] = "9000-01-01T00:00:00Z";
    }
    );

    [Fact]
    public async Task Sftp_invoice_posted_after_the_shipment_is_awaited_by_shipment_number_then_sent_as_the_810()
    {
        var outbox = await ConnectAsync();

        var (order, number, _, waiting) = await ShipAndPollAsync("C1000", "ACME-PO-7795", "WH-CENTRAL", [("GAD-200", 4, "EA")]);

        AssertStatus(waiting, "waiting");
        Assert.Contains(waiting.Timeline, s => s.StepId == "awaitInvoice" && s.Status == "waiting");
        Assert.Single(Directory.GetFiles(outbox, "856-acme-*.edi"));
        Assert.Empty(Directory.GetFiles(outbox, "810-acme-*.edi"));

        // The ERP posts the invoice (here: the one the Sandbox booked) and publishes it keyed by the shipment it bills.
        var invoices = await ErpAsync("listPostedInvoices", new JsonObject());
        var invoice = invoices["invoices"]!.AsArray().Single(i => i!["shipmentNumber"]!.GetValue<string>() == number)!;
        await PublishAsync("erp-invoice-" + invoice["number"], "invoice.posted", number, invoice.DeepClone());
        var done = await ShipmentRunAsync(number, "succeeded", "failed");

        AssertStatus(done, "succeeded");
        var sent = await ReceivedSetAsync(outbox, "810-acme-*.edi");
        Assert.Equal((invoice["number"]!.GetValue<string>(), "ACME-PO-7795"), (S(sent["BIG"]!, "BIG02"), S(sent["BIG"]!, "BIG04")));
        Assert.Equal([("VN", order), ("BM", number)], sent["REF"]!.AsArray().Select(r => (S(r!, "REF01"), S(r!, "REF02"))));
        Assert.Equal([("1", "4", "EA", "10.80", "GAD-200")], InvoiceItems(sent));
        Assert.Equal("4320", S(sent["TDS"]!, "TDS01"));
    }
}
