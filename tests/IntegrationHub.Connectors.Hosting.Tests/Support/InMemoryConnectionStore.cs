using IntegrationHub.Connectors.Hosting.Connections;

namespace IntegrationHub.Connectors.Hosting.Tests.Support;

/// <summary>An <see cref="IConnectionStore"/> with the contract's semantics, for tests (the server's is EF Core).</summary>
internal sealed class InMemoryConnectionStore : IConnectionStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, StoredConnection> _connections = [];

    public IReadOnlyList<StoredConnection> Stored
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections.Values];
            }
        }
    }

    public Task<StoredConnection?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_connections.GetValueOrDefault(id));
        }
    }

    public Task<StoredConnection?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_connections.Values.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)));
        }
    }

    public Task<IReadOnlyList<StoredConnection>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StoredConnection>>([.. _connections.Values.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)]);
        }
    }

    public Task<bool> TryAddAsync(StoredConnection connection, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_connections.Values.Any(c => string.Equals(c.Name, connection.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return Task.FromResult(false);
            }

            _connections.Add(connection.Id, connection);
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryUpdateAsync(StoredConnection connection, long expectedVersion, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_connections.TryGetValue(connection.Id, out var existing) || existing.Version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _connections[connection.Id] = connection;
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_connections.Remove(id));
        }
    }
}
