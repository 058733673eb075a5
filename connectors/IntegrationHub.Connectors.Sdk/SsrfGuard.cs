using System.Net;
using System.Net.Sockets;

namespace IntegrationHub.Connectors.Sdk;

/// <summary>Builds HTTP handlers that enforce a <see cref="NetworkAccessPolicy"/>; used by the host and the test kit.</summary>
/// <remarks>
/// The host name is checked before the request, and every address is checked after DNS resolution inside
/// <see cref="SocketsHttpHandler.ConnectCallback"/>, connecting only to the address that passed, so DNS rebinding cannot
/// bypass the check. Proxies are not used (a proxy would hide the destination) and redirects are not followed.
/// </remarks>
public static class SsrfGuard
{
    /// <summary>Creates a handler chain (guard + pooled sockets) for one policy. Reuse it for every client of that policy.</summary>
    /// <param name="policy">The policy to enforce.</param>
    /// <param name="connectTimeout">The TCP connect timeout.</param>
    /// <returns>The handler; dispose it when no client of the policy is left.</returns>
    public static HttpMessageHandler CreateHandler(NetworkAccessPolicy policy, TimeSpan connectTimeout)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var sockets = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = connectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context, cancellationToken),
        };
        return new GuardHandler(policy) { InnerHandler = sockets };
    }

    private static async ValueTask<Stream> ConnectAsync(NetworkAccessPolicy policy, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = new List<IPAddress>(addresses.Length);
        string? firstReason = null;
        foreach (var address in addresses)
        {
            var reason = policy.CheckAddress(host, address);
            if (reason is null)
            {
                allowed.Add(address);
            }
            else
            {
                firstReason ??= reason;
            }
        }

        if (allowed.Count == 0)
        {
            throw new OutboundRequestBlockedException($"Outbound request to '{host}' was blocked: {firstReason ?? "the host has no address"}.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync([.. allowed], context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class GuardHandler(NetworkAccessPolicy policy) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri;
            if (uri is null || !uri.IsAbsoluteUri)
            {
                throw new OutboundRequestBlockedException("Outbound request was blocked: the request URI is not absolute.");
            }

            if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            {
                throw new OutboundRequestBlockedException($"Outbound request to '{uri.Host}' was blocked: scheme '{uri.Scheme}' is not allowed (only http and https).");
            }

            if (policy.CheckHost(uri.IdnHost) is { } reason)
            {
                throw new OutboundRequestBlockedException($"Outbound request to '{uri.Host}' was blocked: {reason}.");
            }

            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (FindBlocked(ex) is { } blocked)
            {
                throw new OutboundRequestBlockedException(blocked.Message, ex);
            }
        }

        private static OutboundRequestBlockedException? FindBlocked(Exception exception)
        {
            for (var current = exception.InnerException; current is not null; current = current.InnerException)
            {
                if (current is OutboundRequestBlockedException blocked)
                {
                    return blocked;
                }
            }

            return null;
        }
    }
}
