using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>
/// Resolved connections (settings with their secrets decrypted) kept for
/// <see cref="ConnectorHostingOptions.ResolvedConnectionLifetime"/>, so that a connector call does not read and
/// decrypt its connection every time. A change made on this node empties the cache at once; a change made on another
/// node is seen here when the entry expires. Each hit hands out its own copy of the settings.
/// </summary>
internal sealed class ResolvedConnectionCache(IOptions<ConnectorHostingOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public ResolvedConnection? Find(string name)
    {
        if (_entries.TryGetValue(name, out var entry))
        {
            if (clock.GetUtcNow() < entry.ExpiresAt)
            {
                return entry.Connection.Copy();
            }

            _entries.TryRemove(new KeyValuePair<string, Entry>(name, entry));
        }

        return null;
    }

    public void Keep(ResolvedConnection connection)
    {
        var lifetime = options.Value.ResolvedConnectionLifetime;
        if (lifetime > TimeSpan.Zero)
        {
            _entries[connection.Name] = new Entry(connection.Copy(), clock.GetUtcNow() + lifetime);
        }
    }

    public void Clear() => _entries.Clear();

    private sealed record Entry(ResolvedConnection Connection, DateTimeOffset ExpiresAt);
}
