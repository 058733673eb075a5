using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Server.Tests.Infrastructure;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Partners;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// The po-sync flow's test harness: a full hub (SQLite, Hangfire worker) with the Sandbox ERP and the built-in EDI connector
/// against the real OpenSSH server of tests/testbed/sshd.sh, and the supplier's side of the EDI exchange (its 997, 855 and
/// 856 are dropped into the inbound folder and published by the shipped edi-inbound flow).
/// </summary>
public abstract class PoSyncHarness : SandboxEdiHubTestBase
{
    // The supplier's side of the interchange: it sends to our ISA id and receives from us (the connection's profile mirrored).
    private static readonly X12PartnerProfile Supplier = new()
    {
        Id = "hub",
        InterchangeQualifier = "01",
        InterchangeId = "999999999",
        LocalInterchangeQualifier = "12",
        LocalInterchangeId = "4405197800",
    };

    private readonly InMemoryControlNumberStore _supplierNumbers = new();

    protected Task<(string Inbox, string Outbox)> ConnectAsync() => ConnectAsync("edi-partner", "supplier");

    // 20 cases of widgets and 5,000 bolts from the seeded Sandbox items, confirmed so the poll picks the PO up.
    protected async Task<string> CreateConfirmedPurchaseOrderAsync()
    {
        var created = await ErpAsync("createPurchaseOrder", new JsonObject
        {
            ["supplier"] = "MIDWESTFAST",
            ["warehouse"] = "WH-EAST",
            ["lines"] = new JsonArray(
                new JsonObject { ["sku"] = "WID-100", ["quantity"] = 20, ["unit"] = "CS", ["unitPrice"] = 41.50m },
                new JsonObject { ["sku"] = "BOL-400", ["quantity"] = 5000, ["unit"] = "EA", ["unitPrice"] = 0.09m }),
        });
        var number = created["order"]!["number"]!.GetValue<string>();
        await ErpAsync("confirmPurchaseOrder", new JsonObject { ["number"] = number });
        return number;
    }

    protected async Task<JsonObject> ErpPurchaseOrderAsync(string number)
    {
        var changes = await ErpAsync("listChanges", new JsonObject { ["entity"] = "purchaseOrder" });
        return changes["changes"]!.AsArray().Select(c => c!["data"]!.AsObject()).Single(p => p["number"]!.GetValue<string>() == number);
    }

    // The PO's own run (started by the poll's po.confirmed event), once it reached one of the statuses.
    protected Task<RunDetailDto> PurchaseOrderRunAsync(string number, params string[] statuses) => RunByKeyAsync("po-sync", "poNumber", number, statuses);

    // The supplier drops one interchange into the inbound folder; edi-inbound polls it and publishes its events.
    protected async Task SupplierSendsAsync(string inbox, string name, X12TransactionSet set)
    {
        var interchange = await new X12InterchangeGenerator(_supplierNumbers, TimeProvider.System).CreateAsync(Supplier, [set]);
        await File.WriteAllTextAsync(Path.Combine(inbox, name), X12Writer.Format([interchange], Supplier.SegmentSuffix), Encoding.ASCII);
        await RunToSuccessAsync("edi-inbound");
    }

    // The supplier's 855: line 1 (20 CS widgets) confirmed in full for 2026-04-15, line 2 (5,000 bolts) 4,000 confirmed
    // for 2026-04-20 and 1,000 backordered.
    protected static X12TransactionSet Acknowledgment855(string number) => X12Json.FromJson(new JsonObject
    {
        ["ST"] = new JsonObject { ["ST01"] = "855", ["ST02"] = "0001" },
        ["BAK"] = new JsonObject { ["BAK01"] = "00", ["BAK02"] = "AC", ["BAK03"] = number, ["BAK04"] = "20260302", ["BAK08"] = "MF-ACK-77", ["BAK09"] = "20260303" },
        ["N1Loop"] = new JsonArray(new JsonObject { ["N1"] = new JsonObject { ["N101"] = "SU", ["N102"] = "Midwest Fasteners Inc", ["N103"] = "92", ["N104"] = "MIDWESTFAST" } }),
        ["PO1Loop"] = new JsonArray(
            new JsonObject
            {
                ["PO1"] = new JsonObject { ["PO101"] = "1", ["PO102"] = "20", ["PO103"] = "CA", ["PO104"] = "41.50", ["PO106"] = "BP", ["PO107"] = "WID-100" },
                ["ACK"] = new JsonArray(new JsonObject { ["ACK01"] = "IA", ["ACK02"] = "20", ["ACK03"] = "CA", ["ACK04"] = "068", ["ACK05"] = "20260415" }),
            },
            new JsonObject
            {
                ["PO1"] = new JsonObject { ["PO101"] = "2", ["PO102"] = "5000", ["PO103"] = "EA", ["PO104"] = "0.09", ["PO106"] = "BP", ["PO107"] = "BOL-400" },
                ["ACK"] = new JsonArray(
                    new JsonObject { ["ACK01"] = "IA", ["ACK02"] = "4000", ["ACK03"] = "EA", ["ACK04"] = "068", ["ACK05"] = "20260420" },
                    new JsonObject { ["ACK01"] = "IB", ["ACK02"] = "1000", ["ACK03"] = "EA" }),
            }),
        ["CTTLoop"] = new JsonArray(new JsonObject { ["CTT"] = new JsonObject { ["CTT01"] = "2" } }),
    });

    // The supplier's 856: shipment → order (PRF01 = PO number) → one item level per line with the shipped quantity.
    protected static X12TransactionSet ShipNotice856(string number, decimal widgets, decimal bolts) => X12Json.FromJson(new JsonObject
    {
        ["ST"] = new JsonObject { ["ST01"] = "856", ["ST02"] = "0001" },
        ["BSN"] = new JsonObject { ["BSN01"] = "00", ["BSN02"] = "SH-5521", ["BSN03"] = "20260414", ["BSN04"] = "1200" },
        ["HLLoop"] = new JsonArray(new JsonObject
        {
            ["HL"] = new JsonObject { ["HL01"] = "1", ["HL03"] = "S" },
            ["HLLoop"] = new JsonArray(new JsonObject
            {
                ["HL"] = new JsonObject { ["HL01"] = "2", ["HL02"] = "1", ["HL03"] = "O" },
                ["PRF"] = new JsonObject { ["PRF01"] = number },
                ["HLLoop"] = new JsonArray(
                    new JsonObject
                    {
                        ["HL"] = new JsonObject { ["HL01"] = "3", ["HL02"] = "2", ["HL03"] = "I" },
                        ["LIN"] = new JsonObject { ["LIN01"] = "1", ["LIN02"] = "BP", ["LIN03"] = "WID-100" },
                        ["SN1"] = new JsonObject { ["SN102"] = widgets.ToString(CultureInfo.InvariantCulture), ["SN103"] = "CA" },
                    },
                    new JsonObject
                    {
                        ["HL"] = new JsonObject { ["HL01"] = "4", ["HL02"] = "2", ["HL03"] = "I" },
                        ["LIN"] = new JsonObject { ["LIN01"] = "2", ["LIN02"] = "BP", ["LIN03"] = "BOL-400" },
                        ["SN1"] = new JsonObject { ["SN102"] = bolts.ToString(CultureInfo.InvariantCulture), ["SN103"] = "EA" },
                    }),
            }),
        }),
        ["CTTLoop"] = new JsonArray(new JsonObject { ["CTT"] = new JsonObject { ["CTT01"] = "4" } }),
    });

    protected Task<JsonObject> WaitForErpAsync(string number, Func<JsonObject, bool> condition) =>
        Poll.UntilAsync(
            () => ErpPurchaseOrderAsync(number),
            condition,
            async po =>
            {
                var run = await PurchaseOrderRunAsync(number, "waiting", "failed", "succeeded");
                throw new TimeoutException($"PO {number} is {po["state"]} in the ERP; its run is {run.Summary.Status} at {run.Timeline[^1].StepPath} ({run.Summary.Error})");
            });
}
