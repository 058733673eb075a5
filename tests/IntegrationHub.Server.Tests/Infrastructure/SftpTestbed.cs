using System.Globalization;

namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>The real OpenSSH server of tests/testbed/sshd.sh (tests/run.sh starts it and exports its HUB_TEST_SFTP_* output).</summary>
public static class SftpTestbed
{
    /// <summary>Creates a fresh inbound and outbound folder on the server.</summary>
    public static (string Inbox, string Outbox) NewFolders()
    {
        var root = Path.Combine(Env("HUB_TEST_SFTP_ROOT"), Guid.NewGuid().ToString("N"));
        return (Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName, Directory.CreateDirectory(Path.Combine(root, "outbox")).FullName);
    }

    /// <summary>Settings of an <c>edi</c> connection to the server: we are 01/999999999, the partner 12/4405197800.</summary>
    public static async Task<object> EdiSettingsAsync(string partnerId, string inbox, string outbox) => new
    {
        host = Env("HUB_TEST_SFTP_HOST"),
        port = int.Parse(Env("HUB_TEST_SFTP_PORT"), CultureInfo.InvariantCulture),
        userName = Env("HUB_TEST_SFTP_USER"),
        privateKey = await File.ReadAllTextAsync(Env("HUB_TEST_SFTP_KEY")),
        hostKeySha256 = Env("HUB_TEST_SFTP_HOSTKEY"),
        inboundFolder = inbox,
        outboundFolder = outbox,
        minimumFileAgeSeconds = 0,
        partner = new { id = partnerId, interchangeQualifier = "12", interchangeId = "4405197800", localInterchangeQualifier = "01", localInterchangeId = "999999999" },
    };

    private static string Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v
        ? v
        : throw new InvalidOperationException($"Environment variable {name} is not set: start the SFTP test server with tests/testbed/sshd.sh start <dir> (tests/run.sh does) and export its output.");
}
