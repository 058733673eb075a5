using System.Text.Json.Nodes;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// The po-sync flow with the supplier silent: served from a copy of the flows folder whose 997 wait lasts two seconds instead
/// of 24 hours, everything else as shipped.
/// </summary>
public class PoSyncFlowTimeoutTests : PoSyncHarness
{
    protected override (string File, Action<JsonNode> Change)? FlowChange => ("po-sync.flow.json", flow =>
        flow["steps"]![0]!["default"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "await997")!["timeout"] = "PT2S");

    [Fact]
    public async Task Sftp_supplier_without_a_997_fails_the_PO_run_as_a_late_partner_after_the_850_went_out()
    {
        var (_, outbox) = await ConnectAsync();
        var number = await CreateConfirmedPurchaseOrderAsync();

        await RunToSuccessAsync("po-sync");
        var run = await PurchaseOrderRunAsync(number, "failed", "succeeded");
        var po = await ErpPurchaseOrderAsync(number);

        Assert.Equal(("failed", "partner"), (run.Summary.Status, run.Summary.ErrorCategory));
        Assert.EndsWith("no997", run.Summary.FailedStep, StringComparison.Ordinal);
        Assert.StartsWith($"Supplier MIDWESTFAST sent no 997 for PO {number} (850 interchange 000000001, group 1)", run.Summary.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(outbox, "850-supplier-*.edi"));
        Assert.NotNull(po["sentAt"]);
        Assert.Equal("confirmed", po["state"]!.GetValue<string>());
    }
}
