using System.Text;
using Renci.SshNet;

namespace IntegrationHub.Connectors.Edi.Transport;

/// <summary>Creates connected SFTP clients from <see cref="SftpConnectionOptions"/>.</summary>
internal static class SftpConnector
{
    public static async Task<SftpClient> ConnectAsync(SftpConnectionOptions options, Action hostKeyRejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var methods = new List<AuthenticationMethod>();
        PrivateKeyFile? key = null;
        if (!string.IsNullOrEmpty(options.PrivateKey))
        {
            using var keyStream = new MemoryStream(Encoding.UTF8.GetBytes(options.PrivateKey));
            try
            {
                key = string.IsNullOrEmpty(options.PrivateKeyPassphrase) ? new PrivateKeyFile(keyStream) : new PrivateKeyFile(keyStream, options.PrivateKeyPassphrase);
            }
            catch (Exception ex) when (ex is Renci.SshNet.Common.SshException or ArgumentException or FormatException or NotSupportedException or InvalidOperationException)
            {
                // Never include the key; the type of failure is enough to fix the setting.
                throw new ArgumentException($"the private key cannot be read ({ex.GetType().Name}); give an OpenSSH or PEM private key and its passphrase if it has one", nameof(options), ex);
            }

            methods.Add(new PrivateKeyAuthenticationMethod(options.UserName, key));
        }

        if (!string.IsNullOrEmpty(options.Password))
        {
            methods.Add(new PasswordAuthenticationMethod(options.UserName, options.Password));
        }

        if (methods.Count == 0)
        {
            throw new ArgumentException("SFTP needs a password or a private key.", nameof(options));
        }

        var info = new ConnectionInfo(options.Host, options.Port, options.UserName, [.. methods])
        {
            Timeout = options.ConnectTimeout,
        };
        var client = new SftpClient(info);
        if (options.HostKeySha256 is { Length: > 0 } expected)
        {
            var wanted = expected.Replace("SHA256:", string.Empty, StringComparison.Ordinal).TrimEnd('=');
            client.HostKeyReceived += (_, e) =>
            {
                e.CanTrust = string.Equals(e.FingerPrintSHA256.TrimEnd('='), wanted, StringComparison.Ordinal);
                if (!e.CanTrust)
                {
                    hostKeyRejected();
                }
            };
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
        finally
        {
            // The key material is no longer needed once authenticated (or failed).
            key?.Dispose();
        }
    }
}
