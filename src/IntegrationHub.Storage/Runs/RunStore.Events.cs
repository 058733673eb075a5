using IntegrationHub.Runtime.Model;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Runs;

/// <summary>Events, the inbox and bookmarks.</summary>
public sealed partial class RunStore
{
    /// <inheritdoc />
    public async Task<bool> AppendEventAsync(HubEvent hubEvent, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hubEvent);
        await using var db = factory.CreateDbContext();
        if (await db.Events.AnyAsync(e => e.Id == hubEvent.Id, cancellationToken))
        {
            return false;
        }

        db.Events.Add(ToEntity(hubEvent, clock.GetUtcNow(), keepUntil));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The same event id arrived twice at the same moment: the other copy was stored.
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<HubEvent?> GetEventAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var e = await db.Events.AsNoTracking().SingleOrDefaultAsync(x => x.Id == eventId, cancellationToken);
        return e is null ? null : new HubEvent(e.Id, e.Type, e.CorrelationKey, RunMapper.Parse(e.Payload), e.Source, e.OccurredAt);
    }

    /// <inheritdoc />
    public async Task<HubEvent?> FindEventForWaitAsync(string eventType, string correlationKey, Guid runId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var now = clock.GetUtcNow();
        var e = await db.Events.AsNoTracking()
            .Where(x => x.Type == eventType && x.CorrelationKey == correlationKey && x.KeepUntil > now
                && !db.EventConsumptions.Any(c => c.EventId == x.Id && c.RunId == runId))
            .OrderBy(x => x.ReceivedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return e is null ? null : new HubEvent(e.Id, e.Type, e.CorrelationKey, RunMapper.Parse(e.Payload), e.Source, e.OccurredAt);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> FindWaitingRunsAsync(string eventType, string correlationKey, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Bookmarks.AsNoTracking()
            .Where(b => b.EventType == eventType && b.CorrelationKey == correlationKey)
            .Select(b => b.RunId)
            .Distinct()
            .ToListAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> FindUndispatchedEventsAsync(DateTimeOffset olderThan, int limit, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Events.AsNoTracking()
            .Where(e => e.DispatchedAt == null && e.ReceivedAt < olderThan)
            .OrderBy(e => e.ReceivedAt)
            .Select(e => e.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkEventDispatchedAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var now = clock.GetUtcNow();
        await db.Events.Where(e => e.Id == eventId && e.DispatchedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.DispatchedAt, now), cancellationToken);
    }
}
