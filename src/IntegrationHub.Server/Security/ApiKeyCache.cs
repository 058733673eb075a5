using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Server.Security;

/// <summary>
/// Recently verified API keys (by the SHA-256 of the presented value, never the value itself) with their name
/// and roles, so that a machine calling many times a second is looked up in the store about once per
/// <see cref="Lifetime"/>. A revoke on this node clears the cache at once; on other nodes a revoked key works
/// for at most <see cref="Lifetime"/> more. Unknown or revoked keys are never cached.
/// </summary>
internal sealed class ApiKeyCache(TimeProvider clock)
{
    /// <summary>How long a verified key is trusted without asking the store again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string presentedKey, out string name, out string roles)
    {
        if (_entries.TryGetValue(Digest(presentedKey), out var entry) && entry.Until > clock.GetUtcNow())
        {
            (name, roles) = (entry.Name, entry.Roles);
            return true;
        }

        (name, roles) = (string.Empty, string.Empty);
        return false;
    }

    public void Remember(string presentedKey, string name, string roles)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[Digest(presentedKey)] = new Entry(name, roles, clock.GetUtcNow() + Lifetime);
    }

    /// <summary>Forgets every key (after a revoke: the next call of each key is checked in the store).</summary>
    public void Clear() => _entries.Clear();

    private static string Digest(string presentedKey) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey)));

    private sealed record Entry(string Name, string Roles, DateTimeOffset Until);
}
