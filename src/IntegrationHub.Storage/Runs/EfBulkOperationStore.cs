using System.Text.Json;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Runs;

/// <summary>Bulk replay progress in the hub's store.</summary>
public sealed class EfBulkOperationStore(IHubDbContextFactory factory) : IBulkOperationStore
{
    /// <inheritdoc />
    public async Task CreateAsync(BulkOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        await using var db = factory.CreateDbContext();
        var row = new BulkOperationEntity { Id = operation.Id, Action = operation.Action, Filter = string.Empty, Status = operation.Status, CreatedBy = operation.CreatedBy };
        Fill(row, operation);
        db.BulkOperations.Add(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<BulkOperation?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.BulkOperations.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return row is null ? null : new BulkOperation
        {
            Id = row.Id,
            Action = row.Action,
            Filter = JsonSerializer.Deserialize<RunQuery>(row.Filter)!,
            Status = row.Status,
            Total = row.Total,
            Succeeded = row.Succeeded,
            Failed = row.Failed,
            LastError = row.LastError,
            CreatedBy = row.CreatedBy,
            CreatedAt = row.CreatedAt,
            CompletedAt = row.CompletedAt,
        };
    }

    /// <inheritdoc />
    public async Task UpdateAsync(BulkOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        await using var db = factory.CreateDbContext();
        var row = await db.BulkOperations.SingleAsync(b => b.Id == operation.Id, cancellationToken);
        Fill(row, operation);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Fill(BulkOperationEntity row, BulkOperation operation)
    {
        row.Filter = JsonSerializer.Serialize(operation.Filter);
        row.Status = operation.Status;
        row.Total = operation.Total;
        row.Succeeded = operation.Succeeded;
        row.Failed = operation.Failed;
        row.LastError = operation.LastError;
        row.CreatedAt = operation.CreatedAt;
        row.CompletedAt = operation.CompletedAt;
    }
}
