using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.State;

/// <summary>The <see cref="IConnectorStateStore"/> one invocation sees: the repository narrowed to one connector and connection.</summary>
internal sealed class ScopedConnectorStateStore(IConnectorStateRepository repository, string scope) : IConnectorStateStore
{
    public Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken) =>
        repository.GetAsync(scope, ValidKey(key), cancellationToken);

    public Task<StateCreateResult> TryCreateAsync(string key, JsonNode value, CancellationToken cancellationToken) =>
        repository.TryCreateAsync(scope, ValidKey(key), value ?? throw new ArgumentNullException(nameof(value)), cancellationToken);

    public Task<StateEntry?> TryUpdateAsync(string key, JsonNode value, long expectedVersion, CancellationToken cancellationToken) =>
        repository.TryUpdateAsync(scope, ValidKey(key), value ?? throw new ArgumentNullException(nameof(value)), expectedVersion, cancellationToken);

    public Task<bool> TryDeleteAsync(string key, long expectedVersion, CancellationToken cancellationToken) =>
        repository.TryDeleteAsync(scope, ValidKey(key), expectedVersion, cancellationToken);

    public Task<IReadOnlyList<StateEntry>> ListAsync(string prefix, CancellationToken cancellationToken) =>
        repository.ListAsync(scope, prefix ?? throw new ArgumentNullException(nameof(prefix)), cancellationToken);

    private static string ValidKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return key.Length <= 200 ? key : throw new ArgumentException($"State key '{key[..20]}…' is {key.Length} characters long; the maximum is 200.", nameof(key));
    }
}
