using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Edi.Internal;
using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Edi.Tests.Infrastructure;
using IntegrationHub.Connectors.Edi.Tests.Transport;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Parsing;

namespace IntegrationHub.Connectors.Edi.Tests;

/// <summary>sendDocument against the real OpenSSH server (tests/testbed/sshd.sh).</summary>
public sealed class SendDocumentSftpTests : IDisposable
{
    private readonly SftpTestServer _server = SftpTestServer.Create();
    private readonly EdiTestbed _bed;

    public SendDocumentSftpTests() => _bed = new EdiTestbed(_server);

    public void Dispose() => _bed.Dispose();

    private static JsonObject Document(string sample = "850-nodex12-850.edi", int index = 0) =>
        X12Json.ToJson(X12Parser.Parse(File.ReadAllBytes(Samples.Valid(sample)))[0].Groups[0].TransactionSets[index]);

    private static SendDocumentInput Input(string sample = "850-nodex12-850.edi") => new() { Document = Document(sample) };

    [Fact]
    public async Task The_same_idempotency_key_twice_returns_the_same_interchange_and_uploads_once()
    {
        var first = await _bed.RunAsync<SendDocumentOutput>("sendDocument", Input(), "run-1/send");
        var second = await _bed.RunAsync<SendDocumentOutput>("sendDocument", Input(), "run-1/send");

        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        Assert.Equal((first.InterchangeControlNumber, first.GroupControlNumber, first.Content), (second.InterchangeControlNumber, second.GroupControlNumber, second.Content));
        Assert.Equal(("850", "000000001", "1", "0001", "08292233294"), (first.SetId, first.InterchangeControlNumber, first.GroupControlNumber, first.SetControlNumber, first.CorrelationKey));
        Assert.Equal(["850-acme-000000001.edi"], SftpTestServer.FileNames(_server.Outbox));
        var sent = X12Parser.Parse(File.ReadAllBytes(Path.Combine(_server.Outbox, first.FileName)))[0];
        Assert.Equal(first.Content, File.ReadAllText(Path.Combine(_server.Outbox, first.FileName)));
        Assert.Equal(("HUB", "ACME", "P"), (sent.SenderId, sent.ReceiverId, sent.Header.GetValue(15)));
        Assert.Equal(("PO", "HUB", "ACME", "004010"), (sent.Groups[0].FunctionalId, sent.Groups[0].Header.GetValue(2), sent.Groups[0].Header.GetValue(3), sent.Groups[0].Version));
        Assert.Equal("08292233294", sent.Groups[0].TransactionSets[0].Body.SegmentsOf("BEG").Single().GetValue(3));
        Assert.Empty(sent.Groups[0].TransactionSets[0].Issues);
    }

    [Fact]
    public async Task A_send_retried_after_a_crash_between_upload_and_record_uploads_once_with_the_same_control_number()
    {
        var crashing = new CrashingStateStore(_bed.Harness.State, "update", "out/", 1, before: true);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => _bed.RunAsync<SendDocumentOutput>("sendDocument", Input("855-nodex12-855.edi"), "run-2/send", state: crashing));
        var retried = await _bed.RunAsync<SendDocumentOutput>("sendDocument", Input("855-nodex12-855.edi"), "run-2/send");

        Assert.True(retried.Replayed);
        Assert.Equal("000000001", retried.InterchangeControlNumber);
        Assert.Equal(["855-acme-000000001.edi"], SftpTestServer.FileNames(_server.Outbox));
        Assert.Equal(retried.Content, File.ReadAllText(Path.Combine(_server.Outbox, retried.FileName)));
    }

    [Fact]
    public async Task Parallel_sends_get_unique_control_numbers_from_the_partner_sequence()
    {
        // Eight calls in flight at a time: sshd's MaxStartups (10 unauthenticated connections) would drop more.
        var outputs = new System.Collections.Concurrent.ConcurrentBag<SendDocumentOutput>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 24), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            outputs.Add(await _bed.RunAsync<SendDocumentOutput>("sendDocument", Input(i % 2 == 0 ? "850-nodex12-850.edi" : "855-nodex12-855.edi"), $"run-{i}/send")));

        Assert.Equal(Enumerable.Range(1, 24), outputs.Select(o => int.Parse(o.InterchangeControlNumber, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal(Enumerable.Range(1, 24), outputs.Select(o => int.Parse(o.GroupControlNumber, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal(24, SftpTestServer.FileNames(_server.Outbox).Count);
        foreach (var o in outputs)
        {
            Assert.Equal(o.InterchangeControlNumber, X12Parser.Parse(File.ReadAllBytes(Path.Combine(_server.Outbox, o.FileName)))[0].ControlNumber);
        }
    }

    [Fact]
    public async Task Another_document_under_a_key_that_already_sent_is_refused()
    {
        await _bed.RunAsync<SendDocumentOutput>("sendDocument", Input(), "run-3/send");

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _bed.RunAsync<SendDocumentOutput>("sendDocument", Input("855-nodex12-855.edi"), "run-3/send"));

        Assert.Equal((ErrorCategory.Platform, "idempotency_conflict"), (ex.Category, ex.ErrorCode));
        Assert.Single(SftpTestServer.FileNames(_server.Outbox));
    }

    [Fact]
    public async Task An_invalid_document_is_a_data_quality_error_and_uses_no_control_number()
    {
        var document = Document();
        document.Remove("BEG");

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _bed.RunAsync<SendDocumentOutput>("sendDocument", new SendDocumentInput { Document = document }, "run-4/send"));
        var unsupported = await Assert.ThrowsAsync<ConnectorException>(() => _bed.RunAsync<SendDocumentOutput>("sendDocument", new SendDocumentInput { Document = Document("997-staedi-simple997.edi") }, "run-5/send"));
        var later = await _bed.RunAsync<SendDocumentOutput>("sendDocument", Input(), "run-6/send");

        Assert.Equal(ErrorCategory.DataQuality, ex.Category);
        Assert.Contains("mandatory segment BEG is missing", ex.Message, StringComparison.Ordinal);
        Assert.Equal(("unsupported_set", ErrorCategory.DataQuality), (unsupported.ErrorCode, unsupported.Category));
        Assert.Equal("000000001", later.InterchangeControlNumber);
        Assert.Null(await _bed.Harness.State.GetAsync(OutboundSender.RecordKey("run-4/send"), CancellationToken.None));
    }

    [Fact]
    public async Task A_send_without_an_idempotency_key_is_refused()
    {
        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _bed.RunAsync<SendDocumentOutput>("sendDocument", Input(), idempotencyKey: null));

        Assert.Equal(("idempotency_key_required", ErrorCategory.Platform), (ex.ErrorCode, ex.Category));
        Assert.Empty(SftpTestServer.FileNames(_server.Outbox));
    }

    [Fact]
    public async Task A_document_that_needs_a_repetition_separator_the_partner_version_lacks_is_a_data_quality_error()
    {
        // The 004060 ship notice repeats REF02; a 004010 partner has no repetition separator (ISA11 from 00402 on).
        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _bed.RunAsync<SendDocumentOutput>("sendDocument", Input("856-nodex12-856.edi"), "run-8/send"));

        Assert.Equal((ErrorCategory.DataQuality, "invalid_document"), (ex.Category, ex.ErrorCode));
        Assert.Contains("REF02 has 2 repetitions", ex.Message, StringComparison.Ordinal);
        Assert.Empty(SftpTestServer.FileNames(_server.Outbox));
    }

    [Fact]
    public async Task A_file_name_taken_by_another_document_is_never_overwritten()
    {
        File.WriteAllText(Path.Combine(_server.Outbox, "po.edi"), "someone else's file");

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _bed.RunAsync<SendDocumentOutput>("sendDocument", Input() with { FileName = "po.edi" }, "run-7/send"));

        Assert.Equal("remote_file_exists", ex.ErrorCode);
        Assert.Equal("someone else's file", File.ReadAllText(Path.Combine(_server.Outbox, "po.edi")));
    }
}
