using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Abstractions;

/// <summary>Durable progress of bulk replays, so any node can report it and a restarted node can finish it.</summary>
public interface IBulkOperationStore
{
    /// <summary>Stores a new operation.</summary>
    Task CreateAsync(BulkOperation operation, CancellationToken cancellationToken);

    /// <summary>Gets an operation; null when unknown.</summary>
    Task<BulkOperation?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Saves progress.</summary>
    Task UpdateAsync(BulkOperation operation, CancellationToken cancellationToken);
}
