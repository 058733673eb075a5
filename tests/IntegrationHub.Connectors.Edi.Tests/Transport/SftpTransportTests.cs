using IntegrationHub.Connectors.Edi.Transport;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Events;
using IntegrationHub.X12.Writing;
using Microsoft.Extensions.Logging.Abstractions;
using Renci.SshNet.Common;

namespace IntegrationHub.Connectors.Edi.Tests.Transport;

public sealed class SftpTransportTests
{
    private static string Sample(string kind, string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "shared", kind, name);

    private static SftpInboundPoller Poller(SftpTestServer server, string pollerId = "node1") =>
        new(server.Connection, new SftpInboundOptions { InboxPath = server.Root + "/inbox", PollerId = pollerId }, TimeProvider.System, NullLogger<SftpInboundPoller>.Instance)
        {
            MinimumAge = TimeSpan.Zero,
        };

    [Fact]
    public async Task PollAsync_ValidAndInvalidFiles_ArchivesHandledAndMovesFailedToErrorWithNote()
    {
        var server = SftpTestServer.Create();
        File.Copy(Sample("valid", "850-nodex12-850.edi"), Path.Combine(server.Root, "inbox", "po.edi"));
        File.Copy(Sample("invalid", "856-oopfactory-Example3.edi"), Path.Combine(server.Root, "inbox", "bad.edi"));
        File.WriteAllText(Path.Combine(server.Root, "inbox", "upload.edi.tmp"), "partial");
        var processor = new X12InboundProcessor(new X12InterchangeGenerator(new InMemoryControlNumberStore(), TimeProvider.System));
        var events = new List<X12TransactionSetEvent>();

        var result = await Poller(server).PollAsync(async (file, ct) =>
        {
            await processor.ProcessAsync(file.Content, _ => null, (e, _) =>
            {
                events.Add(e);
                return ValueTask.CompletedTask;
            }, ct);
        });

        Assert.Equal(["po.edi"], result.Archived);
        Assert.Equal(["bad.edi"], result.Failed);
        Assert.Equal("edi.850", Assert.Single(events).Type);
        Assert.Equal(["upload.edi.tmp"], Directory.GetFiles(Path.Combine(server.Root, "inbox")).Select(Path.GetFileName));
        Assert.EndsWith("-po.edi", Assert.Single(Directory.GetFiles(Path.Combine(server.Root, "inbox", "archive"))), StringComparison.Ordinal);
        var errors = Directory.GetFiles(Path.Combine(server.Root, "inbox", "error")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, errors.Count);
        Assert.EndsWith("-bad.edi", errors[0], StringComparison.Ordinal);
        Assert.Contains("segment terminator (ISA character 106) is the non-ASCII byte 0xE2", File.ReadAllText(errors[1]), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(server.Root, "inbox", "processing", "node1")));
    }

    [Fact]
    public async Task PollAsync_FileLeftInProcessingByCrash_IsRecoveredOnceAndOtherPollersNeverSeeIt()
    {
        var server = SftpTestServer.Create();
        var processing = Path.Combine(server.Root, "inbox", "processing", "node1");
        Directory.CreateDirectory(processing);
        File.Copy(Sample("valid", "855-nodex12-855.edi"), Path.Combine(processing, "crashed.edi"));
        var seenByOther = new List<string>();
        var seen = new List<(string, bool)>();

        await Poller(server, "node2").PollAsync((f, _) =>
        {
            seenByOther.Add(f.Name);
            return Task.CompletedTask;
        });
        var first = await Poller(server).PollAsync((f, _) =>
        {
            seen.Add((f.Name, f.IsRecovery));
            return Task.CompletedTask;
        });
        var second = await Poller(server).PollAsync((f, _) =>
        {
            seen.Add((f.Name, f.IsRecovery));
            return Task.CompletedTask;
        });

        Assert.Empty(seenByOther);
        Assert.Equal([("crashed.edi", true)], seen);
        Assert.Equal(["crashed.edi"], first.Archived);
        Assert.Empty(second.Archived);
    }

    [Fact]
    public async Task PollAsync_TwoPollersConcurrently_HandleEachFileExactlyOnce()
    {
        var server = SftpTestServer.Create();
        for (var i = 0; i < 12; i++)
        {
            File.Copy(Sample("valid", "810-staedi-simple810.edi"), Path.Combine(server.Root, "inbox", $"inv{i:00}.edi"));
        }

        var handled = new System.Collections.Concurrent.ConcurrentBag<string>();
        Task<SftpPollResult> Run(string id) => Poller(server, id).PollAsync((f, _) =>
        {
            handled.Add(f.Name);
            return Task.CompletedTask;
        });

        var results = await Task.WhenAll(Run("a"), Run("b"));

        Assert.Equal(12, handled.Count);
        Assert.Equal(12, handled.Distinct().Count());
        Assert.Equal(12, results.Sum(r => r.Archived.Count));
    }

    [Fact]
    public async Task UploadAsync_NewFile_AppearsUnderFinalNameOnlyAndNeverOverwrites()
    {
        var server = SftpTestServer.Create();
        var sut = new SftpOutboundUploader(server.Connection, NullLogger<SftpOutboundUploader>.Instance);
        var bytes = File.ReadAllBytes(Sample("valid", "856-nodex12-856.edi"));

        await sut.UploadAsync(server.Root + "/outbox", "asn-1.edi", new MemoryStream(bytes));
        var ex = await Assert.ThrowsAsync<IOException>(() => sut.UploadAsync(server.Root + "/outbox", "asn-1.edi", new MemoryStream([1, 2, 3])));

        Assert.Equal(["asn-1.edi"], Directory.GetFiles(Path.Combine(server.Root, "outbox")).Select(Path.GetFileName));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(server.Root, "outbox", "asn-1.edi")));
        Assert.Contains("already exists", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadAsync_LeftoverTempFromCrash_IsReplaced()
    {
        var server = SftpTestServer.Create();
        File.WriteAllText(Path.Combine(server.Root, "outbox", "inv.edi.tmp"), "half");
        var sut = new SftpOutboundUploader(server.Connection, NullLogger<SftpOutboundUploader>.Instance);

        await sut.UploadAsync(server.Root + "/outbox", "inv.edi", new MemoryStream("ISA"u8.ToArray()));

        Assert.Equal(["inv.edi"], Directory.GetFiles(Path.Combine(server.Root, "outbox")).Select(Path.GetFileName));
        Assert.Equal("ISA", File.ReadAllText(Path.Combine(server.Root, "outbox", "inv.edi")));
    }

    [Fact]
    public async Task Connect_WrongHostKey_IsRefused()
    {
        var server = SftpTestServer.Create();
        server.Connection.HostKeySha256 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        var sut = new SftpOutboundUploader(server.Connection, NullLogger<SftpOutboundUploader>.Instance);

        await Assert.ThrowsAsync<SshConnectionException>(() => sut.UploadAsync(server.Root + "/outbox", "x.edi", new MemoryStream([1])));
    }
}
