using System.Text;
using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Edi.Tests.Infrastructure;
using IntegrationHub.Connectors.Edi.Tests.Transport;
using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;

namespace IntegrationHub.Connectors.Edi.Tests;

/// <summary>receiveInterchanges against the real OpenSSH server (tests/testbed/sshd.sh).</summary>
public sealed class ReceiveInterchangesSftpTests : IDisposable
{
    private static readonly ReceiveInterchangesInput Poll = new();
    private readonly SftpTestServer _server = SftpTestServer.Create();
    private readonly EdiTestbed _bed;

    public ReceiveInterchangesSftpTests() => _bed = new EdiTestbed(_server);

    public void Dispose() => _bed.Dispose();

    private static X12Interchange ReadFile(string path) => X12Parser.Parse(File.ReadAllBytes(path))[0];

    private IReadOnlyList<string> Outbox(string prefix) => [.. SftpTestServer.FileNames(_server.Outbox).Where(f => f.StartsWith(prefix, StringComparison.Ordinal))];

    private string ProcessingFiles() => string.Join(", ", Directory.Exists(Path.Combine(_server.Inbox, "processing"))
        ? Directory.GetFiles(Path.Combine(_server.Inbox, "processing"), "*", SearchOption.AllDirectories).Select(Path.GetFileName)
        : []);

    [Fact]
    public async Task Received_files_become_one_typed_item_per_set_with_its_correlation_key_and_each_group_gets_a_997()
    {
        _server.Drop("po.edi", await EdiTestbed.PartnerInterchangeAsync("850-nodex12-850.edi", 11));
        _server.Drop("ack.x12", await EdiTestbed.PartnerInterchangeAsync("855-nodex12-855.edi", 12));
        _server.Drop("asn.txt", await EdiTestbed.PartnerInterchangeAsync("856-nodex12-856.edi", 13));
        _server.Drop("invoices.edi", await EdiTestbed.PartnerInterchangeAsync("810-staedi-simple810.edi", 14));
        _server.Drop("readme.pdf", [1, 2, 3]);

        var output = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-1/receive");

        // Files are taken oldest first, then by name (these were all dropped within the same second).
        Assert.Equal(
            [("edi.855", "POTEST1112"), ("edi.856", "99999817"), ("edi.810", "A99999-01"), ("edi.810", "A99999-04"), ("edi.850", "08292233294")],
            output.Items.Select(i => (i.Type, i.CorrelationKey)));
        Assert.Equal(["ack.x12", "asn.txt", "invoices.edi", "invoices.edi", "po.edi"], output.Items.Select(i => i.FileName));
        Assert.All(output.Items, i => Assert.Equal(("ACME", "HUB"), (i.SenderId, i.ReceiverId)));
        var po = output.Items[^1];
        Assert.Equal("08292233294", po.Payload["BEG"]!["BEG03"]!.GetValue<string>());
        Assert.Equal("000000011", po.Payload["envelope"]!["ISA"]!["ISA13"]!.GetValue<string>());
        Assert.Equal("x12/ACME/000000011/111/0001", po.EventId);
        Assert.All(output.Files, f => Assert.Equal(EdiFileOutcome.Archived, f.Outcome));
        Assert.False(output.Replayed);

        // One 997 per received interchange, addressed to the partner, acknowledging its group as accepted.
        Assert.Equal(4, output.Acknowledgments.Count);
        Assert.Equal(output.Acknowledgments.Select(a => a.FileName).Order(StringComparer.Ordinal), Outbox("997-"));
        foreach (var (ack, group) in output.Acknowledgments.Zip(new[] { "112", "113", "114", "111" }))
        {
            var sent = ReadFile(Path.Combine(_server.Outbox, ack.FileName));
            Assert.Equal(("HUB", "ACME"), (sent.SenderId, sent.ReceiverId));
            var body = sent.Groups[0].TransactionSets[0];
            Assert.Equal("997", body.Id);
            Assert.Equal(group, body.Body.SegmentsOf("AK1").Single().GetValue(2));
            Assert.Equal("A", body.Body.SegmentsOf("AK9").Single().GetValue(1));
            Assert.Equal(sent.ControlNumber, ack.InterchangeControlNumber);
        }

        Assert.Equal(["readme.pdf"], SftpTestServer.FileNames(_server.Inbox));
        Assert.Equal(4, SftpTestServer.FileNames(_server.Archive).Count);
        Assert.Empty(ProcessingFiles());
    }

    [Fact]
    public async Task Bad_files_go_to_the_error_folder_with_their_reason_and_nothing_is_lost()
    {
        var garbage = _server.Drop("garbage.edi", Encoding.ASCII.GetBytes("this is a PDF, not an interchange"));
        var wrongSender = await EdiTestbed.PartnerInterchangeAsync("850-nodex12-850.edi", 21, EdiTestbed.PartnerSide with { LocalInterchangeId = "STRANGER" });
        _server.Drop("wrong-sender.edi", wrongSender);
        var mismatch = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(await EdiTestbed.PartnerInterchangeAsync("855-nodex12-855.edi", 22)).Replace("IEA*1*000000022", "IEA*1*000000023", StringComparison.Ordinal));
        _server.Drop("mismatch.edi", mismatch);
        var partial = System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(await EdiTestbed.PartnerInterchangeAsync("810-staedi-simple810.edi", 23)), @"SE\*\d+\*0002", "SE*99*0002");
        Assert.Contains("SE*99*0002", partial, StringComparison.Ordinal);
        _server.Drop("partial.edi", Encoding.UTF8.GetBytes(partial));
        var originals = new Dictionary<string, byte[]> { ["garbage.edi"] = File.ReadAllBytes(garbage), ["wrong-sender.edi"] = wrongSender, ["mismatch.edi"] = mismatch };

        var output = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-2/receive");

        var files = output.Files.ToDictionary(f => f.Name);
        Assert.Equal(EdiFileOutcome.Failed, files["garbage.edi"].Outcome);
        Assert.Equal("not readable as X12: X12 error at segment 1 (ISA), byte offset 0: expected an interchange header 'ISA' but found 'this is a PDF, not a'", Assert.Single(files["garbage.edi"].Problems));
        Assert.Equal(EdiFileOutcome.Failed, files["wrong-sender.edi"].Outcome);
        Assert.Contains("interchange 000000021 rejected (TA1 R 006: Invalid interchange sender ID): segment 1 (ISA), element ISA06", Assert.Single(files["wrong-sender.edi"].Problems), StringComparison.Ordinal);
        Assert.Equal(EdiFileOutcome.Failed, files["mismatch.edi"].Outcome);
        Assert.Contains("TA1 R 001", Assert.Single(files["mismatch.edi"].Problems), StringComparison.Ordinal);

        // Partly rejected: the good invoice is an item, the bad one is rejected in the 997 and listed; the file is archived.
        Assert.Equal(EdiFileOutcome.Archived, files["partial.edi"].Outcome);
        Assert.Equal(["A99999-01"], output.Items.Select(i => i.CorrelationKey));
        Assert.Contains("transaction set 810 0002 rejected", Assert.Single(files["partial.edi"].Problems), StringComparison.Ordinal);
        var partialAck = ReadFile(Path.Combine(_server.Outbox, Assert.Single(Outbox("997-")))).Groups[0].TransactionSets[0];
        Assert.Equal("AK9*P*2*2*1", partialAck.Body.SegmentsOf("AK9").Single().ToString());

        // Each failed file sits in the error folder byte for byte, next to a note that says why.
        var errors = SftpTestServer.FileNames(_server.Error);
        Assert.Equal(6, errors.Count);
        foreach (var (name, bytes) in originals)
        {
            var moved = Assert.Single(errors, e => e.EndsWith("-" + name, StringComparison.Ordinal));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(_server.Error, moved)));
            var note = File.ReadAllText(Path.Combine(_server.Error, moved + ".error.txt"));
            Assert.Contains($"{name} could not be processed", note, StringComparison.Ordinal);
            Assert.Contains(files[name].Problems[0], note, StringComparison.Ordinal);
            Assert.Equal(Path.Combine(_server.Error, moved), files[name].MovedTo);
        }

        // The two interchanges rejected at interchange level get a TA1 each, addressed to the partner.
        var ta1s = Outbox("TA1-").Select(f => X12InterchangeAcknowledgment.FromInterchange(ReadFile(Path.Combine(_server.Outbox, f)))[0]).ToList();
        Assert.Equal([("000000021", "006"), ("000000022", "001")], ta1s.Select(t => (t.ControlNumber, t.NoteCode)).Order());
        Assert.All(ta1s, t => Assert.Equal(X12InterchangeAcknowledgmentStatus.Rejected, t.Status));
        Assert.Equal(["partial.edi"], SftpTestServer.FileNames(_server.Archive).Select(f => f[(f.IndexOf('-', StringComparison.Ordinal) + 1)..]));
        Assert.Empty(SftpTestServer.FileNames(_server.Inbox));
    }

    public static TheoryData<string, string, int, bool> CrashPoints => new()
    {
        { "create", "in/file/", 1, true },    // claimed, parsed, acknowledgment numbers taken, nothing recorded
        { "create", "in/file/", 1, false },   // file recorded, not yet in the batch
        { "update", "in/file/", 1, true },    // 997 uploaded, upload not yet recorded
        { "update", "in/file/", 2, true },    // file archived, move not yet recorded
        { "update", "in/batch/", 2, false },  // batch complete, answer not yet returned
    };

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task A_poll_retried_after_a_crash_gives_every_item_once_and_uploads_one_997(string operation, string prefix, int occurrence, bool before)
    {
        _server.Drop("po.edi", await EdiTestbed.PartnerInterchangeAsync("850-nodex12-850.edi", 31));
        var crashing = new CrashingStateStore(_bed.Harness.State, operation, prefix, occurrence, before);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-3/receive", state: crashing));
        var retried = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-3/receive");
        var again = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-3/receive");
        var next = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-4/receive");

        Assert.True(crashing.Crashed);
        Assert.Equal([("edi.850", "08292233294")], retried.Items.Select(i => (i.Type, i.CorrelationKey)));
        Assert.True(retried.Replayed);
        Assert.Equal(EdiFileOutcome.Archived, Assert.Single(retried.Files).Outcome);
        var ack = Assert.Single(retried.Acknowledgments);
        Assert.Equal([ack.FileName], Outbox("997-"));
        Assert.Equal(ack.Content, File.ReadAllText(Path.Combine(_server.Outbox, ack.FileName)));
        Assert.Single(SftpTestServer.FileNames(_server.Archive));
        Assert.Empty(ProcessingFiles());

        // The stored answer is given again, and a new poll finds nothing new.
        Assert.Equal(retried.Items.Select(i => i.EventId), again.Items.Select(i => i.EventId));
        Assert.Equal(retried.Acknowledgments.Select(a => a.InterchangeControlNumber), again.Acknowledgments.Select(a => a.InterchangeControlNumber));
        Assert.Empty(next.Items);
        Assert.Empty(next.Files);
        Assert.Single(Outbox("997-"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Files_of_a_poll_that_crashed_and_was_never_retried_are_taken_over_once_by_a_later_poll(bool recorded)
    {
        _server.Drop("po.edi", await EdiTestbed.PartnerInterchangeAsync("850-nodex12-850.edi", 41));
        var crashing = new CrashingStateStore(_bed.Harness.State, "create", "in/file/", 1, before: !recorded);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-5/receive", state: crashing));

        var tooEarly = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-6/receive");
        _bed.Harness.Time.Advance(TimeSpan.FromMinutes(2));
        var later = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-7/receive");
        var lateRetry = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-5/receive");

        Assert.Empty(tooEarly.Items);
        Assert.Equal(["08292233294"], later.Items.Select(i => i.CorrelationKey));
        Assert.Empty(lateRetry.Items);
        Assert.Single(Outbox("997-"));
        Assert.Single(SftpTestServer.FileNames(_server.Archive));
        Assert.Empty(ProcessingFiles());
    }

    [Fact]
    public async Task The_same_file_sent_again_is_archived_as_a_duplicate_without_items_or_a_second_997()
    {
        var bytes = await EdiTestbed.PartnerInterchangeAsync("850-nodex12-850.edi", 51);
        _server.Drop("po.edi", bytes);
        var first = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-8/receive");
        _server.Drop("po.edi", bytes);

        var second = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-9/receive");

        Assert.Single(first.Items);
        Assert.Empty(second.Items);
        var duplicate = Assert.Single(second.Files);
        Assert.Equal(EdiFileOutcome.Duplicate, duplicate.Outcome);
        Assert.Contains("received before at", duplicate.Problems[0], StringComparison.Ordinal);
        Assert.Single(Outbox("997-"));
        Assert.Equal(2, SftpTestServer.FileNames(_server.Archive).Count);
        Assert.Contains(SftpTestServer.FileNames(_server.Archive), f => f.EndsWith("-duplicate-po.edi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_concurrent_polls_take_each_file_exactly_once()
    {
        for (var i = 0; i < 12; i++)
        {
            _server.Drop($"po{i:00}.edi", await EdiTestbed.PartnerInterchangeAsync("850-nodex12-850.edi", 100 + i));
        }

        var results = await Task.WhenAll(
            _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-a/receive"),
            _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-b/receive"));

        var items = results.SelectMany(r => r.Items).ToList();
        Assert.Equal(12, items.Count);
        Assert.Equal(12, items.Select(i => i.FileName).Distinct().Count());
        Assert.Equal(12, Outbox("997-").Count);
        Assert.Equal(12, results.SelectMany(r => r.Acknowledgments).Select(a => a.InterchangeControlNumber).Distinct().Count());
        Assert.Equal(12, SftpTestServer.FileNames(_server.Archive).Count);
    }

    [Fact]
    public async Task A_poll_takes_at_most_max_files_and_says_more_are_waiting()
    {
        for (var i = 0; i < 3; i++)
        {
            _server.Drop($"po{i}.edi", await EdiTestbed.PartnerInterchangeAsync("850-nodex12-850.edi", 200 + i));
        }

        var first = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", new ReceiveInterchangesInput { MaxFiles = 2 }, "run-10/receive");
        var second = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", new ReceiveInterchangesInput { MaxFiles = 2 }, "run-11/receive");

        Assert.Equal((2, true), (first.Items.Count, first.MoreWaiting));
        Assert.Equal((1, false), (second.Items.Count, second.MoreWaiting));
    }

    [Fact]
    public async Task A_test_interchange_on_a_production_connection_is_rejected_with_a_TA1()
    {
        _server.Drop("test.edi", await EdiTestbed.PartnerInterchangeAsync("850-nodex12-850.edi", 61, EdiTestbed.PartnerSide with { Usage = X12.Partners.X12UsageIndicator.Test }));

        var output = await _bed.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", Poll, "run-12/receive");

        Assert.Empty(output.Items);
        Assert.Equal(EdiFileOutcome.Failed, Assert.Single(output.Files).Outcome);
        var ta1 = X12InterchangeAcknowledgment.FromInterchange(ReadFile(Path.Combine(_server.Outbox, Assert.Single(Outbox("TA1-")))))[0];
        Assert.Equal(("000000061", "020"), (ta1.ControlNumber, ta1.NoteCode));
    }
}
