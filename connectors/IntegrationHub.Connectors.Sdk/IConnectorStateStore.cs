using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Sdk;

/// <summary>
/// Durable key-value state for connectors that keep data (such as the Sandbox), scoped to one connector and connection.
/// Keys are case-sensitive strings of at most 200 characters; values are JSON.
/// </summary>
public interface IConnectorStateStore
{
    /// <summary>Reads an entry.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry, or <see langword="null"/> when absent.</returns>
    Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Atomically creates an entry if the key is absent; safe for idempotent creates under concurrency.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value to store when absent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether it was created, and the stored entry.</returns>
    Task<StateCreateResult> TryCreateAsync(string key, JsonNode value, CancellationToken cancellationToken);

    /// <summary>Replaces an entry if its version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The new value.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new entry, or <see langword="null"/> when the entry is absent or was changed meanwhile (read again and retry).</returns>
    Task<StateEntry?> TryUpdateAsync(string key, JsonNode value, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes an entry if its version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="expectedVersion">The version that was read.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns><see langword="true"/> when deleted; <see langword="false"/> when absent or changed meanwhile.</returns>
    Task<bool> TryDeleteAsync(string key, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Lists the entries whose key starts with <paramref name="prefix"/>, in ordinal key order.</summary>
    /// <param name="prefix">The key prefix; empty for all entries.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<StateEntry>> ListAsync(string prefix, CancellationToken cancellationToken);
}
