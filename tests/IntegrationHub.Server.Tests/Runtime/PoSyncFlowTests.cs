using System.Text.Json.Nodes;
using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Parsing;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// The shipped flows/po-sync.flow.json end to end (see <see cref="PoSyncHarness"/>): a confirmed ERP purchase order goes
/// out once as an 850, and the supplier's 997, 855 and 856 confirm it in the ERP and book the receipt.
/// </summary>
public class PoSyncFlowTests : PoSyncHarness
{
    [Fact]
    public Task Po_sync_flow_file_validates_and_is_imported_as_a_published_flow()
        => AssertShippedFlowPublishedAsync("po-sync", "schedule", "event");

    [Fact]
    public async Task Sftp_confirmed_PO_goes_out_once_as_an_850_and_the_supplier_997_855_and_856_update_the_ERP()
    {
        var (inbox, outbox) = await ConnectAsync();
        var number = await CreateConfirmedPurchaseOrderAsync();

        // Two polls before anyone looks: the PO's run is unique by PO number, so one 850 goes out.
        await RunToSuccessAsync("po-sync");
        await RunToSuccessAsync("po-sync");
        var waiting = await PurchaseOrderRunAsync(number, "waiting", "failed");

        Assert.True(waiting.Summary.Status == "waiting", $"{waiting.Summary.Status}: {waiting.Summary.Error}");
        var file = Assert.Single(Directory.GetFiles(outbox, "850-supplier-*.edi"));
        var interchange = Assert.Single(X12Parser.Parse(await File.ReadAllBytesAsync(file)));
        Assert.Empty(interchange.Issues);
        Assert.Equal(("999999999", "4405197800"), (interchange.SenderId, interchange.ReceiverId));
        var group = Assert.Single(interchange.Groups);
        var sent = Assert.Single(group.TransactionSets);
        Assert.Empty(sent.Issues);
        var po = X12Json.ToJson(sent);
        Assert.Equal("850", po["ST"]!["ST01"]!.GetValue<string>());
        Assert.Equal(number, po["BEG"]!["BEG03"]!.GetValue<string>());
        Assert.Equal(
            [("1", "20", "CA", "41.50", "WID-100"), ("2", "5000", "EA", "0.09", "BOL-400")],
            po["PO1Loop"]!.AsArray().Select(l => l!["PO1"]!).Select(p => (p["PO101"]!.GetValue<string>(), p["PO102"]!.GetValue<string>(), p["PO103"]!.GetValue<string>(), p["PO104"]!.GetValue<string>(), p["PO107"]!.GetValue<string>())));
        Assert.Equal("5020", po["CTT"]!["CTT02"]!.GetValue<string>());
        Assert.NotNull((await ErpPurchaseOrderAsync(number))["sentAt"]);
        Assert.Empty((await ErpAsync("listPurchaseOrdersToSend", new JsonObject()))["orders"]!.AsArray());
        Assert.Equal(number, waiting.Summary.BusinessKeys["poNumber"]);
        Assert.Contains(waiting.Timeline, s => s.StepPath.EndsWith("await997", StringComparison.Ordinal) && s.Status == "waiting");

        // The supplier accepts the 850 (its 997 quotes our GS06 in AK102) and confirms the PO (855).
        await SupplierSendsAsync(inbox, "997.edi", X12AcknowledgmentBuilder.Build(group, X12AcknowledgmentType.Functional997));
        await SupplierSendsAsync(inbox, "855.edi", Acknowledgment855(number));
        var confirmed = await WaitForErpAsync(number, p => p["state"]!.GetValue<string>() == "acknowledged");

        Assert.Equal(
            [(20m, "2026-04-15"), (4000m, "2026-04-20")],
            confirmed["lines"]!.AsArray().Select(l => (l!["confirmedQuantity"]!.GetValue<decimal>(), l["confirmedDate"]!.GetValue<string>())));
        Assert.Equal([20m, 5000m], confirmed["lines"]!.AsArray().Select(l => l!["quantity"]!.GetValue<decimal>()));

        // The ship notice carries what was confirmed: booked as the receipt, the run ends without an exception.
        await SupplierSendsAsync(inbox, "856.edi", ShipNotice856(number, 20, 4000));
        var done = await PurchaseOrderRunAsync(number, "succeeded", "failed");
        var received = await ErpPurchaseOrderAsync(number);

        Assert.True(done.Summary.Status == "succeeded", $"{done.Summary.Status}: {done.Summary.Error}");
        Assert.Equal("received", received["state"]!.GetValue<string>());
        Assert.Equal([20m, 4000m], received["lines"]!.AsArray().Select(l => l!["receivedQuantity"]!.GetValue<decimal>()));
        Assert.Single(Directory.GetFiles(outbox, "850-supplier-*.edi"));
    }

    [Fact]
    public async Task Sftp_ship_notice_short_of_the_confirmation_is_booked_and_raised_as_a_receipt_exception()
    {
        var (inbox, outbox) = await ConnectAsync();
        var number = await CreateConfirmedPurchaseOrderAsync();
        await RunToSuccessAsync("po-sync");
        await PurchaseOrderRunAsync(number, "waiting");
        var sent = X12Parser.Parse(await File.ReadAllBytesAsync(Assert.Single(Directory.GetFiles(outbox, "850-supplier-*.edi"))))[0].Groups[0];

        await SupplierSendsAsync(inbox, "997.edi", X12AcknowledgmentBuilder.Build(sent, X12AcknowledgmentType.Functional997));
        await SupplierSendsAsync(inbox, "855.edi", Acknowledgment855(number));
        await SupplierSendsAsync(inbox, "856.edi", ShipNotice856(number, 18, 4000));
        var run = await PurchaseOrderRunAsync(number, "failed", "succeeded");
        var received = await ErpPurchaseOrderAsync(number);

        Assert.True(("failed", "business") == (run.Summary.Status, run.Summary.ErrorCategory), string.Join("\n", run.Timeline.Select(s => $"{s.StepPath} {s.Status} {s.Input?.ToJsonString()} {s.Output?.ToJsonString()}")));
        Assert.EndsWith("shortage", run.Summary.FailedStep, StringComparison.Ordinal);
        Assert.Contains($"PO {number}", run.Summary.Error, StringComparison.Ordinal);
        Assert.Contains("line 1 WID-100 expected 20 CS, received 18", run.Summary.Error, StringComparison.Ordinal);
        Assert.Equal([18m, 4000m], received["lines"]!.AsArray().Select(l => l!["receivedQuantity"]!.GetValue<decimal>()));
    }
}
