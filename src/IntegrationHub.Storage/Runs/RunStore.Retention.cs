using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Runs;

/// <summary>Journal retention: payloads of old succeeded runs.</summary>
public sealed partial class RunStore
{
    /// <inheritdoc />
    public async Task<int> PrunePayloadsAsync(DateTimeOffset completedBefore, int limit, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var ids = await db.Runs.AsNoTracking()
            .Where(r => r.Status == RunStatus.Succeeded && r.CompletedAt != null && r.CompletedAt < completedBefore && r.Input != PrunedPayload.Json)
            .OrderBy(r => r.CompletedAt)
            .Select(r => r.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        // One transaction: a run is either wholly pruned or untouched (and then picked up by the next round).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.RunSteps.Where(s => ids.Contains(s.RunId))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Input, s => s.Input == null ? null : PrunedPayload.Json).SetProperty(s => s.Output, s => s.Output == null ? null : PrunedPayload.Json), cancellationToken);
        var pruned = await db.Runs.Where(r => ids.Contains(r.Id) && r.Status == RunStatus.Succeeded)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Input, PrunedPayload.Json).SetProperty(r => r.Output, r => r.Output == null ? null : PrunedPayload.Json).SetProperty(r => r.InputOverrides, (string?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return pruned;
    }
}
