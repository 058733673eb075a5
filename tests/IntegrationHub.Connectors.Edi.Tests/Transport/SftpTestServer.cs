using IntegrationHub.Connectors.Edi.Transport;

namespace IntegrationHub.Connectors.Edi.Tests.Transport;

/// <summary>The real OpenSSH server started by tests/testbed/sshd.sh; each test works in its own folder under its root.</summary>
internal sealed class SftpTestServer
{
    private SftpTestServer(SftpConnectionOptions connection, string root)
    {
        Connection = connection;
        Root = root;
    }

    public SftpConnectionOptions Connection { get; }

    /// <summary>Gets the local path of the test's folder (same path on the server: it runs on this machine).</summary>
    public string Root { get; }

    public static SftpTestServer Create()
    {
        static string Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v
            ? v
            : throw new InvalidOperationException($"Environment variable {name} is not set: start the SFTP test server with tests/testbed/sshd.sh start <dir> (tests/run.sh does) and export its output.");

        var root = Path.Combine(Env("HUB_TEST_SFTP_ROOT"), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "inbox"));
        Directory.CreateDirectory(Path.Combine(root, "outbox"));
        var connection = new SftpConnectionOptions
        {
            Host = Env("HUB_TEST_SFTP_HOST"),
            Port = int.Parse(Env("HUB_TEST_SFTP_PORT"), System.Globalization.CultureInfo.InvariantCulture),
            UserName = Env("HUB_TEST_SFTP_USER"),
            PrivateKey = File.ReadAllText(Env("HUB_TEST_SFTP_KEY")),
            HostKeySha256 = Env("HUB_TEST_SFTP_HOSTKEY"),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        return new SftpTestServer(connection, root);
    }
}
