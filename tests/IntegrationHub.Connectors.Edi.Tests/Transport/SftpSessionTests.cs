using IntegrationHub.Connectors.Edi.Transport;
using Renci.SshNet.Common;

namespace IntegrationHub.Connectors.Edi.Tests.Transport;

public sealed class SftpSessionTests
{
    private static async Task<SftpSession> OpenAsync(SftpTestServer server, Action? rejected = null) =>
        await SftpSession.OpenAsync(server.Connection, rejected ?? (() => { }), CancellationToken.None);

    [Fact]
    public async Task UploadAsync_NewFile_AppearsUnderFinalNameOnly()
    {
        var server = SftpTestServer.Create();
        using var sut = await OpenAsync(server);
        var bytes = File.ReadAllBytes(Samples.Valid("856-nodex12-856.edi"));

        var outcome = await sut.UploadAsync(server.Root + "/outbox", "asn-1.edi", bytes, CancellationToken.None);

        Assert.Equal(SftpUploadOutcome.Uploaded, outcome);
        Assert.Equal(["asn-1.edi"], SftpTestServer.FileNames(server.Outbox));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(server.Outbox, "asn-1.edi")));
    }

    [Fact]
    public async Task UploadAsync_SameBytesAgain_IsAlreadyPresentAndDifferentBytesAreNeverOverwritten()
    {
        var server = SftpTestServer.Create();
        using var sut = await OpenAsync(server);
        await sut.UploadAsync(server.Outbox, "inv.edi", [1, 2, 3], CancellationToken.None);

        var again = await sut.UploadAsync(server.Outbox, "inv.edi", [1, 2, 3], CancellationToken.None);
        var ex = await Assert.ThrowsAsync<IOException>(() => sut.UploadAsync(server.Outbox, "inv.edi", [9], CancellationToken.None));

        Assert.Equal(SftpUploadOutcome.AlreadyPresent, again);
        Assert.Contains("already exists with different content", ex.Message, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(server.Outbox, "inv.edi")));
        Assert.Equal(["inv.edi"], SftpTestServer.FileNames(server.Outbox));
    }

    [Fact]
    public async Task UploadAsync_LeftoverTempFromCrash_IsReplaced()
    {
        var server = SftpTestServer.Create();
        File.WriteAllText(Path.Combine(server.Outbox, "inv.edi.tmp"), "half");
        using var sut = await OpenAsync(server);

        await sut.UploadAsync(server.Outbox, "inv.edi", "ISA"u8.ToArray(), CancellationToken.None);

        Assert.Equal(["inv.edi"], SftpTestServer.FileNames(server.Outbox));
        Assert.Equal("ISA", File.ReadAllText(Path.Combine(server.Outbox, "inv.edi")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b.edi")]
    [InlineData("x.edi.tmp")]
    public async Task UploadAsync_InvalidName_Throws(string name)
    {
        var server = SftpTestServer.Create();
        using var sut = await OpenAsync(server);

        await Assert.ThrowsAsync<ArgumentException>(() => sut.UploadAsync(server.Outbox, name, [1], CancellationToken.None));
    }

    [Fact]
    public async Task TryRenameAsync_TargetExistsOrSourceGone_ReturnsFalseAndKeepsBoth()
    {
        var server = SftpTestServer.Create();
        File.WriteAllText(Path.Combine(server.Inbox, "a.edi"), "a");
        File.WriteAllText(Path.Combine(server.Outbox, "a.edi"), "b");
        using var sut = await OpenAsync(server);

        var taken = await sut.TryRenameAsync(Path.Combine(server.Inbox, "a.edi"), Path.Combine(server.Outbox, "a.edi"), CancellationToken.None);
        var gone = await sut.TryRenameAsync(Path.Combine(server.Inbox, "missing.edi"), Path.Combine(server.Outbox, "m.edi"), CancellationToken.None);

        Assert.False(taken);
        Assert.False(gone);
        Assert.Equal("a", File.ReadAllText(Path.Combine(server.Inbox, "a.edi")));
        Assert.Equal("b", File.ReadAllText(Path.Combine(server.Outbox, "a.edi")));
    }

    [Fact]
    public async Task OpenAsync_WrongHostKey_IsRefusedAndReported()
    {
        var server = SftpTestServer.Create();
        var options = server.Connection;
        options.HostKeySha256 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        var rejected = false;

        await Assert.ThrowsAsync<SshConnectionException>(() => SftpSession.OpenAsync(options, () => rejected = true, CancellationToken.None));

        Assert.True(rejected);
    }
}
