using System.Net.Sockets;
using IntegrationHub.Connectors.Edi.Transport;
using Renci.SshNet.Common;

namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>Opens an <see cref="SftpSession"/> and runs transport work with every failure mapped to an error category.</summary>
internal static class SftpScope
{
    private const int ConnectAttempts = 3;

    public static async Task<T> RunAsync<T>(SftpConnectionOptions options, string doing, Func<SftpSession, Task<T>> work, CancellationToken cancellationToken)
    {
        var hostKeyRejected = false;
        SftpSession? session = null;
        for (var attempt = 1; session is null; attempt++)
        {
            try
            {
                session = await SftpSession.OpenAsync(options, () => hostKeyRejected = true, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < ConnectAttempts && !hostKeyRejected && ex is SshConnectionException or SocketException && !cancellationToken.IsCancellationRequested)
            {
                // A busy server drops new connections early (OpenSSH MaxStartups): try again shortly before failing the call.
                await Task.Delay(TimeSpan.FromMilliseconds((200 * attempt) + Random.Shared.Next(0, 200)), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                throw EdiErrors.Map(ex, options.Host, "connecting", hostKeyRejected);
            }
        }

        using (session)
        {
            try
            {
                return await work(session).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsTransport(ex) && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
            {
                throw EdiErrors.Map(ex, options.Host, doing, hostKeyRejected: false);
            }
        }
    }

    // Only transport failures are mapped here; anything else (state store, X12, our bugs) keeps its own type and category.
    private static bool IsTransport(Exception ex) =>
        ex is SshException or SocketException or IOException or TimeoutException or ProxyException;
}
