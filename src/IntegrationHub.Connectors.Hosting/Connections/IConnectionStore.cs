namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>Persists connections; implemented by the hub's store (EF Core). Names are unique (case-insensitive).</summary>
public interface IConnectionStore
{
    /// <summary>Finds a connection by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The connection or <see langword="null"/>.</returns>
    Task<StoredConnection?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Finds a connection by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The connection or <see langword="null"/>.</returns>
    Task<StoredConnection?> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Lists all connections ordered by name.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The connections.</returns>
    Task<IReadOnlyList<StoredConnection>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds a connection.</summary>
    /// <param name="connection">The connection (version 1).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="false"/> when the name is already used.</returns>
    Task<bool> TryAddAsync(StoredConnection connection, CancellationToken cancellationToken);

    /// <summary>Replaces a connection if its stored version is <paramref name="expectedVersion"/>.</summary>
    /// <param name="connection">The new state (its version is <paramref name="expectedVersion"/> + 1).</param>
    /// <param name="expectedVersion">The version read.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="false"/> when it is absent or was changed meanwhile.</returns>
    Task<bool> TryUpdateAsync(StoredConnection connection, long expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes a connection.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>Whether it existed.</returns>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
}
