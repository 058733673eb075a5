using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.State;

/// <summary>
/// Durable storage behind every connector's <see cref="IConnectorStateStore"/>; implemented by the hub's store
/// (a table keyed by (scope, key) with a JSON value and a version column).
/// </summary>
/// <remarks>
/// Semantics each implementation must keep: <see cref="TryCreateAsync"/> is atomic (a unique key, insert-or-read);
/// <see cref="TryUpdateAsync"/> and <see cref="TryDeleteAsync"/> succeed only when the stored version equals the expected
/// one; every successful write increments the version (a new entry has version 1); <see cref="ListAsync"/> orders by key (ordinal).
/// </remarks>
public interface IConnectorStateRepository
{
    /// <summary>Reads an entry.</summary>
    /// <param name="scope">The connector and connection scope.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entry or <see langword="null"/>.</returns>
    Task<StateEntry?> GetAsync(string scope, string key, CancellationToken cancellationToken);

    /// <summary>Creates an entry if absent, atomically.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether it was created and the stored entry.</returns>
    Task<StateCreateResult> TryCreateAsync(string scope, string key, JsonNode value, CancellationToken cancellationToken);

    /// <summary>Replaces an entry if its version matches.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="expectedVersion">The version read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new entry or <see langword="null"/> on conflict or absence.</returns>
    Task<StateEntry?> TryUpdateAsync(string scope, string key, JsonNode value, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes an entry if its version matches.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="key">The key.</param>
    /// <param name="expectedVersion">The version read.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>Whether it was deleted.</returns>
    Task<bool> TryDeleteAsync(string scope, string key, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Lists entries by key prefix, ordered by key.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="prefix">The key prefix.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<StateEntry>> ListAsync(string scope, string prefix, CancellationToken cancellationToken);
}
