using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.State;

/// <summary>An in-memory <see cref="IConnectorStateRepository"/> (lost on restart): for tests and throw-away hosts.</summary>
public sealed class InMemoryConnectorStateRepository : IConnectorStateRepository
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<(string Scope, string Key), StateEntry> _entries = new(Comparer<(string Scope, string Key)>.Create(
        static (a, b) => string.CompareOrdinal(a.Scope, b.Scope) is var c and not 0 ? c : string.CompareOrdinal(a.Key, b.Key)));

    /// <inheritdoc />
    public Task<StateEntry?> GetAsync(string scope, string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_entries.TryGetValue((scope, key), out var entry) ? Copy(entry) : null);
        }
    }

    /// <inheritdoc />
    public Task<StateCreateResult> TryCreateAsync(string scope, string key, JsonNode value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_entries.TryGetValue((scope, key), out var existing))
            {
                return Task.FromResult(new StateCreateResult(false, Copy(existing)));
            }

            var entry = new StateEntry(key, value.DeepClone(), 1);
            _entries.Add((scope, key), entry);
            return Task.FromResult(new StateCreateResult(true, Copy(entry)));
        }
    }

    /// <inheritdoc />
    public Task<StateEntry?> TryUpdateAsync(string scope, string key, JsonNode value, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_entries.TryGetValue((scope, key), out var existing) || existing.Version != expectedVersion)
            {
                return Task.FromResult<StateEntry?>(null);
            }

            var entry = new StateEntry(key, value.DeepClone(), expectedVersion + 1);
            _entries[(scope, key)] = entry;
            return Task.FromResult<StateEntry?>(Copy(entry));
        }
    }

    /// <inheritdoc />
    public Task<bool> TryDeleteAsync(string scope, string key, long expectedVersion, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_entries.TryGetValue((scope, key), out var existing) && existing.Version == expectedVersion && _entries.Remove((scope, key)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StateEntry>> ListAsync(string scope, string prefix, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<StateEntry> result = [.. _entries.Where(e => e.Key.Scope == scope && e.Key.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(e => Copy(e.Value))];
            return Task.FromResult(result);
        }
    }

    private static StateEntry Copy(StateEntry entry) => entry with { Value = entry.Value.DeepClone() };
}
