using System.Collections.Concurrent;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Tests.Infrastructure;

/// <summary>The real bulk operation store, remembering every progress write so tests can see the progression.</summary>
public sealed class RecordingBulkOperationStore(IBulkOperationStore inner) : IBulkOperationStore
{
    public ConcurrentQueue<BulkOperation> Updates { get; } = new();

    public Task CreateAsync(BulkOperation operation, CancellationToken cancellationToken) => inner.CreateAsync(operation, cancellationToken);

    public Task<BulkOperation?> GetAsync(Guid id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public async Task UpdateAsync(BulkOperation operation, CancellationToken cancellationToken)
    {
        await inner.UpdateAsync(operation, cancellationToken);
        Updates.Enqueue(operation);
    }
}
