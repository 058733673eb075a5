using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Edi.Tests.Infrastructure;

/// <summary>
/// Wraps a state store and "crashes" (throws <see cref="SimulatedCrashException"/>) at the n-th create or update of a key
/// with a given prefix, before or after the write reaches the store: the process dies at that exact point, and what was
/// written stays written, as with a real database.
/// </summary>
internal sealed class CrashingStateStore(IConnectorStateStore inner, string operation, string keyPrefix, int occurrence, bool before) : IConnectorStateStore
{
    private int _seen;

    public bool Crashed { get; private set; }

    public Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async Task<StateCreateResult> TryCreateAsync(string key, JsonNode value, CancellationToken cancellationToken)
    {
        var crash = Matches("create", key);
        ThrowIf(crash && before);
        var result = await inner.TryCreateAsync(key, value, cancellationToken);
        ThrowIf(crash && !before);
        return result;
    }

    public async Task<StateEntry?> TryUpdateAsync(string key, JsonNode value, long expectedVersion, CancellationToken cancellationToken)
    {
        var crash = Matches("update", key);
        ThrowIf(crash && before);
        var result = await inner.TryUpdateAsync(key, value, expectedVersion, cancellationToken);
        ThrowIf(crash && !before);
        return result;
    }

    public Task<bool> TryDeleteAsync(string key, long expectedVersion, CancellationToken cancellationToken) => inner.TryDeleteAsync(key, expectedVersion, cancellationToken);

    public Task<IReadOnlyList<StateEntry>> ListAsync(string prefix, CancellationToken cancellationToken) => inner.ListAsync(prefix, cancellationToken);

    private bool Matches(string op, string key) =>
        !Crashed && op == operation && key.StartsWith(keyPrefix, StringComparison.Ordinal) && Interlocked.Increment(ref _seen) == occurrence;

    private void ThrowIf(bool crash)
    {
        if (crash)
        {
            Crashed = true;
            throw new SimulatedCrashException();
        }
    }
}
