using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Versioning;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Flows;

/// <summary>
/// Flow definitions and their versions. A flow has at most one draft (stored as version 0) and any
/// number of immutable published or retired versions numbered 1, 2, 3… in publish order. Callers
/// validate documents before they reach this class.
/// </summary>
public sealed class FlowRepository(HubDbContext db, TimeProvider clock)
{
    /// <summary>The version number under which a flow's draft is stored.</summary>
    public const int DraftVersion = 0;

    private const int MaxConflictRetries = 3;

    /// <summary>Lists every flow with its latest facts.</summary>
    public async Task<IReadOnlyList<FlowSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var versions = await db.FlowVersions.AsNoTracking()
            .Select(v => new { v.FlowId, v.Version, v.Status, v.Name, v.TriggerKinds, v.CreatedAt, v.PublishedAt })
            .ToListAsync(cancellationToken);
        return versions
            .GroupBy(v => v.FlowId)
            .Select(g =>
            {
                var numbered = g.Where(v => v.Version != DraftVersion).ToList();
                var latest = g.OrderByDescending(v => v.Version == DraftVersion ? int.MaxValue : v.Version).First();
                var published = numbered.Where(v => v.Status == FlowVersionStatus.Published).Select(v => (int?)v.Version).Max();
                return new FlowSummary(
                    g.Key,
                    latest.Name,
                    numbered.Count == 0 ? 0 : numbered.Max(v => v.Version),
                    published,
                    g.Any(v => v.Version == DraftVersion),
                    latest.TriggerKinds.Split(',', StringSplitOptions.RemoveEmptyEntries),
                    g.Max(v => v.PublishedAt ?? v.CreatedAt));
            })
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Gets a flow with every version, newest first; null when unknown.</summary>
    public async Task<FlowDetail?> GetAsync(string flowId, CancellationToken cancellationToken = default)
    {
        var versions = await db.FlowVersions.AsNoTracking().Where(v => v.FlowId == flowId).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var ordered = versions.OrderByDescending(v => v.Version == DraftVersion ? int.MaxValue : v.Version).ToList();
        return new FlowDetail(flowId, ordered[0].Name, [.. ordered.Select(ToSummary)]);
    }

    /// <summary>Gets one version with content; <paramref name="version"/> 0 is the draft, null the latest published.</summary>
    public async Task<FlowVersionDetail?> GetVersionAsync(string flowId, int? version, CancellationToken cancellationToken = default)
    {
        var query = db.FlowVersions.AsNoTracking().Where(v => v.FlowId == flowId);
        var entity = version is { } number
            ? await query.SingleOrDefaultAsync(v => v.Version == number, cancellationToken)
            : await query.Where(v => v.Status == FlowVersionStatus.Published).OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : new FlowVersionDetail(flowId, ToSummary(entity), JsonNode.Parse(entity.Content)!.AsObject());
    }

    /// <summary>Gets the number of the latest published version of a flow (no content); null when none is published.</summary>
    public async Task<int?> GetLatestPublishedVersionAsync(string flowId, CancellationToken cancellationToken = default) =>
        await db.FlowVersions.AsNoTracking()
            .Where(v => v.FlowId == flowId && v.Status == FlowVersionStatus.Published)
            .OrderByDescending(v => v.Version)
            .Select(v => (int?)v.Version)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Lists the latest published version of every flow (what triggers serve).</summary>
    public async Task<IReadOnlyList<FlowVersionDetail>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        var published = await db.FlowVersions.AsNoTracking()
            .Where(v => v.Status == FlowVersionStatus.Published)
            .ToListAsync(cancellationToken);
        return published
            .GroupBy(v => v.FlowId)
            .Select(g => g.MaxBy(v => v.Version)!)
            .Select(v => new FlowVersionDetail(v.FlowId, ToSummary(v), JsonNode.Parse(v.Content)!.AsObject()))
            .ToList();
    }

    /// <summary>Creates or replaces the draft of a flow.</summary>
    public async Task<FlowVersionSummary> SaveDraftAsync(FlowDefinition definition, JsonObject content, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(content);
        var now = clock.GetUtcNow();
        await using var transaction = await FlowWriteLock.AcquireAsync(db, definition.Id, cancellationToken);
        await EnsureFlowAsync(definition, actor, now, cancellationToken);
        var draft = await db.FlowVersions.SingleOrDefaultAsync(v => v.FlowId == definition.Id && v.Version == DraftVersion, cancellationToken);
        if (draft is null)
        {
            draft = NewVersion(definition, content, DraftVersion, FlowVersionStatus.Draft, "api", actor, now);
            db.FlowVersions.Add(draft);
        }
        else
        {
            Fill(draft, definition, content);
            draft.CreatedAt = now;
            draft.CreatedBy = actor;
            draft.ConcurrencyStamp = Guid.NewGuid();
        }

        await SaveAsync($"the draft of '{definition.Id}' was changed by someone else; reload and try again", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToSummary(draft);
    }

    /// <summary>Deletes the draft of a flow (and the flow itself when it has nothing else).</summary>
    public async Task DeleteDraftAsync(string flowId, CancellationToken cancellationToken = default)
    {
        var draft = await db.FlowVersions.SingleOrDefaultAsync(v => v.FlowId == flowId && v.Version == DraftVersion, cancellationToken)
            ?? throw StoreException.NotFound($"flow '{flowId}' has no draft");
        db.FlowVersions.Remove(draft);
        if (!await db.FlowVersions.AnyAsync(v => v.FlowId == flowId && v.Version != DraftVersion, cancellationToken))
        {
            db.Flows.Remove(await db.Flows.SingleAsync(f => f.Id == flowId, cancellationToken));
        }

        await SaveAsync($"the draft of '{flowId}' was changed meanwhile", cancellationToken);
    }

    /// <summary>
    /// Publishes the draft. When its content equals the latest published version the draft is dropped
    /// and no version is created.
    /// </summary>
    public async Task<PublishResult> PublishAsync(string flowId, string actor, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await FlowWriteLock.AcquireAsync(db, flowId, cancellationToken);
            var draft = await db.FlowVersions.SingleOrDefaultAsync(v => v.FlowId == flowId && v.Version == DraftVersion, cancellationToken);
            if (draft is null)
            {
                throw await db.Flows.AnyAsync(f => f.Id == flowId, cancellationToken)
                    ? StoreException.Conflict($"flow '{flowId}' has no draft to publish")
                    : StoreException.NotFound($"flow '{flowId}' does not exist");
            }

            var latest = await LatestPublishedAsync(flowId, cancellationToken);
            if (latest is not null && latest.ContentHash == draft.ContentHash)
            {
                db.FlowVersions.Remove(draft);
                await SaveAsync($"the draft of '{flowId}' was changed meanwhile", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new PublishResult(flowId, latest.Version, Created: false);
            }

            var number = await NextVersionAsync(flowId, cancellationToken);
            var now = clock.GetUtcNow();
            var published = new FlowVersionEntity
            {
                FlowId = flowId,
                Version = number,
                Status = FlowVersionStatus.Published,
                ContentHash = draft.ContentHash,
                Content = draft.Content,
                Name = draft.Name,
                TriggerKinds = draft.TriggerKinds,
                Source = draft.Source,
                CreatedAt = draft.CreatedAt,
                CreatedBy = draft.CreatedBy,
                PublishedAt = now,
                PublishedBy = actor,
            };
            db.FlowVersions.Remove(draft);
            db.FlowVersions.Add(published);
            if (await TrySaveAsync(cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                return new PublishResult(flowId, number, Created: true);
            }

            if (attempt >= MaxConflictRetries)
            {
                throw StoreException.Conflict($"flow '{flowId}' was published concurrently; reload and try again");
            }
        }
    }

    /// <summary>Retires a published version: triggers stop serving it; runs pinned to it continue.</summary>
    public async Task<FlowVersionSummary> RetireAsync(string flowId, int version, string actor, CancellationToken cancellationToken = default)
    {
        var entity = await db.FlowVersions.SingleOrDefaultAsync(v => v.FlowId == flowId && v.Version == version && version != DraftVersion, cancellationToken)
            ?? throw StoreException.NotFound($"flow '{flowId}' has no version {version}");
        if (entity.Status != FlowVersionStatus.Published)
        {
            throw StoreException.Conflict($"version {version} of '{flowId}' is {entity.Status}; only a published version can be retired");
        }

        entity.Status = FlowVersionStatus.Retired;
        entity.RetiredAt = clock.GetUtcNow();
        entity.RetiredBy = actor;
        entity.ConcurrencyStamp = Guid.NewGuid();
        await SaveAsync($"version {version} of '{flowId}' was changed meanwhile", cancellationToken);
        return ToSummary(entity);
    }

    /// <summary>
    /// Imports a flow file as a published version when its content differs from the latest published
    /// version; unchanged content does nothing. Drafts are left alone.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(FlowDefinition definition, JsonObject content, string source, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(content);
        var hash = FlowContentHash.Compute(content);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await FlowWriteLock.AcquireAsync(db, definition.Id, cancellationToken);
            var latest = await LatestPublishedAsync(definition.Id, cancellationToken);
            if (latest is not null && latest.ContentHash == hash)
            {
                return new ImportOutcome(definition.Id, latest.Version, Created: false);
            }

            var now = clock.GetUtcNow();
            await EnsureFlowAsync(definition, actor, now, cancellationToken);
            var version = NewVersion(definition, content, await NextVersionAsync(definition.Id, cancellationToken), FlowVersionStatus.Published, source, actor, now);
            version.PublishedAt = now;
            version.PublishedBy = actor;
            db.FlowVersions.Add(version);
            if (await TrySaveAsync(cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                return new ImportOutcome(definition.Id, version.Version, Created: true);
            }

            // Another node imported at the same moment: look again; it probably wrote the same content.
            if (attempt >= MaxConflictRetries)
            {
                throw StoreException.Conflict($"flow '{definition.Id}' was imported concurrently and could not be reconciled");
            }
        }
    }

    private Task<FlowVersionEntity?> LatestPublishedAsync(string flowId, CancellationToken cancellationToken) =>
        db.FlowVersions.AsNoTracking()
            .Where(v => v.FlowId == flowId && v.Version != DraftVersion && v.Status == FlowVersionStatus.Published)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<int> NextVersionAsync(string flowId, CancellationToken cancellationToken) =>
        (await db.FlowVersions.Where(v => v.FlowId == flowId).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;

    private async Task EnsureFlowAsync(FlowDefinition definition, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var flow = await db.Flows.FindAsync([definition.Id], cancellationToken);
        if (flow is null)
        {
            db.Flows.Add(new FlowEntity { Id = definition.Id, Name = definition.Name, CreatedAt = now, CreatedBy = actor });
        }
        else
        {
            flow.Name = definition.Name;
        }
    }

    private static FlowVersionEntity NewVersion(FlowDefinition definition, JsonObject content, int version, string status, string source, string actor, DateTimeOffset now)
    {
        var entity = new FlowVersionEntity
        {
            FlowId = definition.Id,
            Version = version,
            Status = status,
            ContentHash = string.Empty,
            Content = string.Empty,
            Name = string.Empty,
            TriggerKinds = string.Empty,
            Source = source,
            CreatedAt = now,
            CreatedBy = actor,
        };
        Fill(entity, definition, content);
        return entity;
    }

    private static void Fill(FlowVersionEntity entity, FlowDefinition definition, JsonObject content)
    {
        var stored = content.DeepClone().AsObject();
        stored.Remove("version");
        entity.Content = stored.ToJsonString();
        entity.ContentHash = FlowContentHash.Compute(stored);
        entity.Name = definition.Name;
        entity.TriggerKinds = string.Join(',', definition.Triggers.Select(t => t.Kind).Distinct());
    }

    private async Task SaveAsync(string conflictMessage, CancellationToken cancellationToken)
    {
        if (!await TrySaveAsync(cancellationToken))
        {
            throw StoreException.Conflict(conflictMessage);
        }
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Unique key or concurrency token violated by a concurrent writer: forget our pending
            // changes so the caller can reload and decide again.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static FlowVersionSummary ToSummary(FlowVersionEntity v) =>
        new(v.Version, v.Status, v.ContentHash, v.Source, v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy, v.RetiredAt);
}
