using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Tryton.Operations;

/// <summary>
/// One <see cref="TrytonErpClient"/> (one Tryton session) per host HTTP client factory and connection
/// settings, so operations do not log in on every call. The factory is part of the key because the
/// client's HttpClient comes from it and lives as long as it does. Settings are keyed by a hash,
/// never by the password itself.
/// </summary>
internal static class TrytonClientPool
{
    private static readonly ConditionalWeakTable<IConnectorHttpClientFactory, ConcurrentDictionary<string, Lazy<TrytonErpClient>>> Clients = [];

    public static TrytonErpClient Get(OperationContext context, TrytonSettings settings)
    {
        var options = settings.ToOptions();
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{options.DatabaseUrl}\n{options.User}\n{options.Password}\n{options.RequestTimeout.Ticks}")));
        var clients = Clients.GetValue(context.HttpClientFactory, _ => new ConcurrentDictionary<string, Lazy<TrytonErpClient>>(StringComparer.Ordinal));
        return clients.GetOrAdd(key, _ => new Lazy<TrytonErpClient>(
            () => new TrytonErpClient(context.HttpClientFactory.CreateClient(), options, context.TimeProvider, context.Logger))).Value;
    }
}
