using System.Text;
using Renci.SshNet;

namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>Creates connected SFTP clients from <see cref="SftpConnectionOptions"/>.</summary>
internal static class SftpConnector
{
    public static async Task<SftpClient> ConnectAsync(SftpConnectionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var keyStream = new MemoryStream(Encoding.UTF8.GetBytes(options.PrivateKey));
        var key = options.PrivateKeyPassphrase is null ? new PrivateKeyFile(keyStream) : new PrivateKeyFile(keyStream, options.PrivateKeyPassphrase);
        var info = new ConnectionInfo(options.Host, options.Port, options.UserName, new PrivateKeyAuthenticationMethod(options.UserName, key))
        {
            Timeout = options.ConnectTimeout,
        };
        var client = new SftpClient(info);
        if (options.HostKeySha256 is { } expected)
        {
            client.HostKeyReceived += (_, e) => e.CanTrust = string.Equals(e.FingerPrintSHA256.TrimEnd('='), expected.Replace("SHA256:", string.Empty, StringComparison.Ordinal).TrimEnd('='), StringComparison.Ordinal);
        }

        try
        {
            await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
