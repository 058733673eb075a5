using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Sdk.Testing;

/// <summary>A thread-safe in-memory <see cref="IConnectorStateStore"/> with the same concurrency semantics as the host's store.</summary>
public sealed class InMemoryConnectorStateStore : IConnectorStateStore
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, StateEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Gets the number of entries.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ValidateKey(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_entries.TryGetValue(key, out var entry) ? Copy(entry) : null);
        }
    }

    /// <inheritdoc />
    public Task<StateCreateResult> TryCreateAsync(string key, JsonNode value, CancellationToken cancellationToken)
    {
        ValidateKey(key);
        ArgumentNullException.ThrowIfNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                return Task.FromResult(new StateCreateResult(false, Copy(existing)));
            }

            var entry = new StateEntry(key, value.DeepClone(), 1);
            _entries.Add(key, entry);
            return Task.FromResult(new StateCreateResult(true, Copy(entry)));
        }
    }

    /// <inheritdoc />
    public Task<StateEntry?> TryUpdateAsync(string key, JsonNode value, long expectedVersion, CancellationToken cancellationToken)
    {
        ValidateKey(key);
        ArgumentNullException.ThrowIfNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var existing) || existing.Version != expectedVersion)
            {
                return Task.FromResult<StateEntry?>(null);
            }

            var entry = new StateEntry(key, value.DeepClone(), expectedVersion + 1);
            _entries[key] = entry;
            return Task.FromResult<StateEntry?>(Copy(entry));
        }
    }

    /// <inheritdoc />
    public Task<bool> TryDeleteAsync(string key, long expectedVersion, CancellationToken cancellationToken)
    {
        ValidateKey(key);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_entries.TryGetValue(key, out var existing) && existing.Version == expectedVersion && _entries.Remove(key));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StateEntry>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<StateEntry> result = [.. _entries.Values.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(Copy)];
            return Task.FromResult(result);
        }
    }

    // Values are cloned in and out so callers can never mutate what is stored, as with a real database.
    private static StateEntry Copy(StateEntry entry) => entry with { Value = entry.Value.DeepClone() };

    private static void ValidateKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > 200)
        {
            throw new ArgumentException($"State key '{key[..20]}…' is {key.Length} characters long; the maximum is 200.", nameof(key));
        }
    }
}
