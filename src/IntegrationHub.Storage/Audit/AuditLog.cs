using IntegrationHub.Contracts.Audit;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Audit;

/// <summary>Append-only audit trail: who did what, when, with what outcome.</summary>
public sealed class AuditLog(HubDbContext db, TimeProvider clock)
{
    /// <summary>Appends an entry and saves it at once (independent of other pending changes).</summary>
    public async Task WriteAsync(string actor, string actorKind, string action, string? target, string outcome, string? details = null, string? correlationId = null, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(new AuditEntryEntity
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            ActorKind = actorKind,
            Action = action,
            Target = target is { Length: > 300 } ? target[..300] : target,
            Outcome = outcome,
            Details = details,
            CorrelationId = correlationId,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Queries entries, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntryDto>> QueryAsync(string? actor, string? action, string? target, DateTimeOffset? from, DateTimeOffset? to, int limit, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(actor))
        {
            query = query.Where(e => e.Actor == actor);
        }

        if (!string.IsNullOrEmpty(action))
        {
            query = query.Where(e => e.Action == action);
        }

        if (!string.IsNullOrEmpty(target))
        {
            query = query.Where(e => e.Target == target);
        }

        if (from is { } f)
        {
            query = query.Where(e => e.At >= f);
        }

        if (to is { } t)
        {
            query = query.Where(e => e.At < t);
        }

        var rows = await query.OrderByDescending(e => e.Id).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(cancellationToken);
        return rows.Select(e => new AuditEntryDto(e.Id, e.At, e.Actor, e.ActorKind, e.Action, e.Target, e.Outcome, e.Details)).ToList();
    }
}
