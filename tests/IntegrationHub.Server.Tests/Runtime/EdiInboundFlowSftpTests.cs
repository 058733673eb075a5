using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>
/// The shipped flows/edi-inbound.flow.json on a full hub (SQLite, Hangfire worker) with the built-in EDI connector against
/// the real OpenSSH server of tests/testbed/sshd.sh: files dropped by the partner become one event per transaction set.
/// </summary>
public class EdiInboundFlowSftpTests : WorkerHubTestBase
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "x12", name);

    // Every event published by any run of the flow, oldest run first: a scheduled poll may fire during the test and take
    // some of the files, which must not change what is published in all.
    private async Task<List<(string Type, string? Key, JsonNode? Payload)>> PublishedAsync()
    {
        var runs = await Admin.GetFromJsonAsync<List<RunSummaryDto>>("/api/runs?flowId=edi-inbound&limit=100");
        var events = new List<(string, string?, JsonNode?)>();
        foreach (var summary in runs!.OrderBy(r => r.CreatedAt))
        {
            var run = await WaitForRunAsync(summary.Id, "succeeded", "failed");
            events.AddRange(run.Timeline.Where(s => s.Kind == "publish" && s.Status == "succeeded").Select(s => (s.Output!["type"]!.GetValue<string>(), s.Output["correlationKey"]?.GetValue<string>(), s.Input)));
        }

        return events;
    }

    [Fact]
    public async Task Edi_inbound_flow_publishes_one_event_per_transaction_set_with_its_type_and_correlation_key()
    {
        var (inbox, outbox) = SftpTestbed.NewFolders();
        File.Copy(Sample("850-nodex12-850.edi"), Path.Combine(inbox, "po.edi"));
        File.Copy(Sample("850-nodex12-850_fat.edi"), Path.Combine(inbox, "fat.edi"));
        File.Copy(Sample("856-nodex12-856.edi"), Path.Combine(inbox, "asn.edi"));
        await CreateConnectionAsync("edi-partner", "edi", await SftpTestbed.EdiSettingsAsync("retailer", inbox, outbox));

        await RunToSuccessAsync("edi-inbound");
        var afterFirst = await PublishedAsync();
        await RunToSuccessAsync("edi-inbound");
        var afterSecond = await PublishedAsync();

        // po.edi and fat.edi (two interchanges) hold one 850 each, asn.edi one 856: four events, each once.
        Assert.Equal(
            [("edi.850", "08292233294"), ("edi.850", "08292233294"), ("edi.850", "08292233294"), ("edi.856", "99999817")],
            afterFirst.Select(e => (e.Type, e.Key)).Order());
        Assert.Equal("99999817", FindPrf(afterFirst.Single(e => e.Type == "edi.856").Payload!));
        var po = afterFirst.First(e => e.Type == "edi.850").Payload!;
        Assert.Equal("08292233294", po["BEG"]!["BEG03"]!.GetValue<string>());
        Assert.Equal("4405197800", po["envelope"]!["ISA"]!["ISA06"]!.GetValue<string>());
        Assert.Equal(afterFirst.Select(e => (e.Type, e.Key)).Order(), afterSecond.Select(e => (e.Type, e.Key)).Order());
        Assert.Equal(4, Directory.GetFiles(outbox, "997-retailer-*.edi").Length);
        Assert.Empty(Directory.GetFiles(inbox));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(inbox, "archive")).Length);
    }

    // The 856's PRF sits in the order level (HLLoop of the shipment); find it wherever the hierarchy puts it.
    private static string? FindPrf(JsonNode node) => node switch
    {
        JsonObject o when o["PRF"] is JsonNode prf => (prf is JsonArray a ? a[0] : prf)?["PRF01"]?.GetValue<string>(),
        JsonObject o => o.Select(p => p.Value is null ? null : FindPrf(p.Value)).FirstOrDefault(v => v is not null),
        JsonArray a => a.Select(i => i is null ? null : FindPrf(i)).FirstOrDefault(v => v is not null),
        _ => null,
    };
}
