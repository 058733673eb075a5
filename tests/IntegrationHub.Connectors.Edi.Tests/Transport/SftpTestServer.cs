using IntegrationHub.Connectors.Edi.Transport;

namespace IntegrationHub.Connectors.Edi.Tests.Transport;

/// <summary>The real OpenSSH server started by tests/testbed/sshd.sh; each test works in its own folder under its root.</summary>
internal sealed class SftpTestServer
{
    private SftpTestServer(string host, int port, string user, string keyPath, string hostKey, string root)
    {
        Host = host;
        Port = port;
        User = user;
        PrivateKey = File.ReadAllText(keyPath);
        HostKeySha256 = hostKey;
        Root = root;
    }

    public string Host { get; }

    public int Port { get; }

    public string User { get; }

    public string PrivateKey { get; }

    public string HostKeySha256 { get; }

    /// <summary>Gets the local path of the test's folder (same path on the server: it runs on this machine).</summary>
    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string Outbox => Path.Combine(Root, "outbox");

    public string Archive => Path.Combine(Inbox, "archive");

    public string Error => Path.Combine(Inbox, "error");

    public SftpConnectionOptions Connection => new()
    {
        Host = Host,
        Port = Port,
        UserName = User,
        PrivateKey = PrivateKey,
        HostKeySha256 = HostKeySha256,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    public static SftpTestServer Create()
    {
        static string Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v
            ? v
            : throw new InvalidOperationException($"Environment variable {name} is not set: start the SFTP test server with tests/testbed/sshd.sh start <dir> (tests/run.sh does) and export its output.");

        var root = Path.Combine(Env("HUB_TEST_SFTP_ROOT"), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "inbox"));
        Directory.CreateDirectory(Path.Combine(root, "outbox"));
        return new SftpTestServer(
            Env("HUB_TEST_SFTP_HOST"),
            int.Parse(Env("HUB_TEST_SFTP_PORT"), System.Globalization.CultureInfo.InvariantCulture),
            Env("HUB_TEST_SFTP_USER"),
            Env("HUB_TEST_SFTP_KEY"),
            Env("HUB_TEST_SFTP_HOSTKEY"),
            root);
    }

    /// <summary>Drops a file into the inbox the way a partner does (written elsewhere, then moved in).</summary>
    public string Drop(string name, byte[] content)
    {
        var temp = Path.Combine(Root, name + ".partner-tmp");
        File.WriteAllBytes(temp, content);
        var path = Path.Combine(Inbox, name);
        File.Move(temp, path);
        return path;
    }

    public static IReadOnlyList<string> FileNames(string folder) =>
        Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)] : [];
}
