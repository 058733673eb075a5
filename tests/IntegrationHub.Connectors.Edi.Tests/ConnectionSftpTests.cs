using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Edi.Tests.Infrastructure;
using IntegrationHub.Connectors.Edi.Tests.Transport;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Edi.Tests;

/// <summary>Connection test and transport error categories against the real OpenSSH server.</summary>
public sealed class ConnectionSftpTests : IDisposable
{
    private readonly SftpTestServer _server = SftpTestServer.Create();
    private readonly EdiTestbed _bed;

    public ConnectionSftpTests() => _bed = new EdiTestbed(_server);

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Connection_test_succeeds_with_the_key_and_existing_folders()
    {
        var result = await _bed.Harness.TestConnectionAsync(_bed.Settings());

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("partner 'acme'", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.PrivateKey[..40], result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_test_names_a_missing_folder()
    {
        var result = await _bed.Harness.TestConnectionAsync(_bed.Settings(inbound: _server.Root + "/nowhere"));

        Assert.False(result.Succeeded);
        Assert.Contains("do not exist: " + _server.Root + "/nowhere", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_host_key_is_a_configuration_error()
    {
        var settings = _bed.Settings();
        var wrong = new EdiSettings
        {
            Host = settings.Host,
            Port = settings.Port,
            UserName = settings.UserName,
            PrivateKey = settings.PrivateKey,
            HostKeySha256 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            InboundFolder = settings.InboundFolder,
            OutboundFolder = settings.OutboundFolder,
            Partner = settings.Partner,
        };

        var ex = await Assert.ThrowsAsync<ConnectorConfigurationException>(() => _bed.Harness.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", wrong, new ReceiveInterchangesInput(), "k1"));
        var test = await _bed.Harness.TestConnectionAsync(wrong);

        Assert.Contains("host key does not match", ex.Message, StringComparison.Ordinal);
        Assert.False(test.Succeeded);
    }

    [Fact]
    public async Task A_refused_key_is_an_authentication_error_and_an_unreadable_key_a_configuration_error()
    {
        var otherKey = Path.Combine(_server.Root, "other_key");
        var keygen = System.Diagnostics.Process.Start("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", otherKey])!;
        await keygen.WaitForExitAsync();

        var refused = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => _bed.Harness.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", _bed.Settings(privateKey: File.ReadAllText(otherKey)), new ReceiveInterchangesInput(), "k2"));
        var unreadable = await Assert.ThrowsAsync<ConnectorConfigurationException>(() => _bed.Harness.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", _bed.Settings(privateKey: "-----BEGIN OPENSSH PRIVATE KEY-----\nnot a key\n-----END OPENSSH PRIVATE KEY-----\n"), new ReceiveInterchangesInput(), "k3"));

        Assert.Equal(ErrorCategory.Partner, refused.Category);
        Assert.Contains("refused the user name and key/password", refused.Message, StringComparison.Ordinal);
        Assert.Contains("the private key cannot be read", unreadable.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a key", unreadable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_the_server_refuses_is_an_authentication_error()
    {
        // The test server accepts keys only, so any password is refused: the password path and its error category.
        var settings = _bed.Settings(password: "not-the-password", withKey: false);

        var ex = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => _bed.Harness.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", settings, new ReceiveInterchangesInput(), "k5"));
        var test = await _bed.Harness.TestConnectionAsync(settings);

        Assert.Equal(ErrorCategory.Partner, ex.Category);
        Assert.DoesNotContain("not-the-password", ex.Message, StringComparison.Ordinal);
        Assert.False(test.Succeeded);
        Assert.DoesNotContain("not-the-password", test.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_transient_error()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var settings = _bed.Settings();
        var unreachable = new EdiSettings
        {
            Host = "127.0.0.1",
            Port = port,
            UserName = settings.UserName,
            PrivateKey = settings.PrivateKey,
            InboundFolder = settings.InboundFolder,
            OutboundFolder = settings.OutboundFolder,
            ConnectTimeoutSeconds = 2,
            Partner = settings.Partner,
        };

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _bed.Harness.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", unreachable, new ReceiveInterchangesInput(), "k4"));

        Assert.Equal((ErrorCategory.Transient, "sftp_unavailable"), (ex.Category, ex.ErrorCode));
    }
}
