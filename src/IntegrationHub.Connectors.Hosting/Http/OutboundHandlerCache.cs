using System.Collections.Concurrent;
using IntegrationHub.Connectors.Sdk;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Connectors.Hosting.Http;

/// <summary>
/// One SSRF-guarded handler (and connection pool) per distinct allow-list. Pools are never shared between allow-lists,
/// so a connection opened under a permissive policy cannot be reused by a stricter one.
/// </summary>
internal sealed class OutboundHandlerCache(IOptions<ConnectorHostingOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<HttpMessageHandler>> _handlers = new(StringComparer.Ordinal);

    public IConnectorHttpClientFactory GetFactory(NetworkAccessPolicy policy)
    {
        var key = string.Join('\n', policy.AllowList.Order(StringComparer.Ordinal));
        var handler = _handlers.GetOrAdd(key, _ => new Lazy<HttpMessageHandler>(() => SsrfGuard.CreateHandler(policy, options.Value.HttpConnectTimeout))).Value;
        return new GuardedHttpClientFactory(handler, options.Value.HttpTimeout);
    }

    public void Dispose()
    {
        foreach (var handler in _handlers.Values.Where(h => h.IsValueCreated))
        {
            handler.Value.Dispose();
        }
    }
}
