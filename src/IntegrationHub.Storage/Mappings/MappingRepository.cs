using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Flows.Versioning;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Mappings;

/// <summary>
/// Mapping documents and their versions, with the lifecycle of flows: at most one draft (stored as version 0) and any
/// number of immutable published or retired versions numbered 1, 2, 3… in publish order. Publishing or importing
/// content equal to the latest published version creates nothing. Callers validate documents before they reach this
/// class.
/// </summary>
public sealed class MappingRepository(HubDbContext db, TimeProvider clock)
{
    /// <summary>The version number under which a mapping's draft is stored.</summary>
    public const int DraftVersion = 0;

    private const int MaxConflictRetries = 3;

    /// <summary>Lists every mapping with its latest facts, ordered by id.</summary>
    public async Task<IReadOnlyList<MappingSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var versions = await db.MappingVersions.AsNoTracking()
            .Select(v => new { v.MappingId, v.Version, v.Status, v.Name, v.SourceSchema, v.TargetSchema, v.CreatedAt, v.PublishedAt })
            .ToListAsync(cancellationToken);
        return versions
            .GroupBy(v => v.MappingId)
            .Select(g =>
            {
                var numbered = g.Where(v => v.Version != DraftVersion).ToList();
                var latest = g.OrderByDescending(v => v.Version == DraftVersion ? int.MaxValue : v.Version).First();
                var published = numbered.Where(v => v.Status == FlowVersionStatus.Published).Select(v => (int?)v.Version).Max();
                return new MappingSummary(
                    g.Key,
                    latest.Name,
                    latest.SourceSchema,
                    latest.TargetSchema,
                    numbered.Count == 0 ? 0 : numbered.Max(v => v.Version),
                    published,
                    g.Any(v => v.Version == DraftVersion),
                    g.Max(v => v.PublishedAt ?? v.CreatedAt));
            })
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Lists the ids of every mapping in the store (draft-only ones included), ordered.</summary>
    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await db.Mappings.AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken);
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets a mapping with every version, newest first; null when unknown.</summary>
    public async Task<MappingDetail?> GetAsync(string mappingId, CancellationToken cancellationToken = default)
    {
        var versions = await db.MappingVersions.AsNoTracking().Where(v => v.MappingId == mappingId).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var ordered = versions.OrderByDescending(v => v.Version == DraftVersion ? int.MaxValue : v.Version).ToList();
        return new MappingDetail(mappingId, ordered[0].Name, [.. ordered.Select(ToSummary)]);
    }

    /// <summary>Gets one version with its content; <paramref name="version"/> 0 is the draft, null the latest published.</summary>
    public async Task<MappingVersionDetail?> GetVersionAsync(string mappingId, int? version, CancellationToken cancellationToken = default)
    {
        var query = db.MappingVersions.AsNoTracking().Where(v => v.MappingId == mappingId);
        var entity = version is { } number
            ? await query.SingleOrDefaultAsync(v => v.Version == number, cancellationToken)
            : await query.Where(v => v.Status == FlowVersionStatus.Published).OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : ToDetail(entity);
    }

    /// <summary>
    /// The latest published version's number and hash, without its content: what the runtime asks on every map step
    /// (published versions never change, so a runner that has that version cached needs nothing more).
    /// </summary>
    public async Task<PublishedMappingVersion?> GetLatestPublishedAsync(string mappingId, CancellationToken cancellationToken = default)
    {
        var latest = await db.MappingVersions.AsNoTracking()
            .Where(v => v.MappingId == mappingId && v.Status == FlowVersionStatus.Published && v.Version != DraftVersion)
            .OrderByDescending(v => v.Version)
            .Select(v => new { v.Version, v.ContentHash })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null ? null : new PublishedMappingVersion(mappingId, latest.Version, latest.ContentHash);
    }

    /// <summary>Lists the latest published version of every mapping, with content.</summary>
    public async Task<IReadOnlyList<MappingVersionDetail>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        var published = await db.MappingVersions.AsNoTracking()
            .Where(v => v.Status == FlowVersionStatus.Published && v.Version != DraftVersion)
            .ToListAsync(cancellationToken);
        return published
            .GroupBy(v => v.MappingId)
            .Select(g => ToDetail(g.MaxBy(v => v.Version)!))
            .OrderBy(d => d.MappingId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Creates or replaces the draft of a mapping.</summary>
    /// <param name="document">The validated document.</param>
    /// <param name="source">"api", "designer" or a file name.</param>
    /// <param name="actor">Who saves it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<MappingVersionSummary> SaveDraftAsync(MappingDocumentInfo document, string source, string actor, CancellationToken cancellationToken = default) =>
        WriteDraftAsync(document, source, actor, mustBeNew: false, cancellationToken);

    /// <summary>Creates a mapping whose only version is the draft; refuses an id that is already in use.</summary>
    /// <param name="document">The validated document.</param>
    /// <param name="source">"api", "designer" or a file name.</param>
    /// <param name="actor">Who creates it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="StoreException">A mapping with the document's id exists (conflict).</exception>
    public Task<MappingVersionSummary> CreateDraftAsync(MappingDocumentInfo document, string source, string actor, CancellationToken cancellationToken = default) =>
        WriteDraftAsync(document, source, actor, mustBeNew: true, cancellationToken);

    private async Task<MappingVersionSummary> WriteDraftAsync(MappingDocumentInfo document, string source, string actor, bool mustBeNew, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var now = clock.GetUtcNow();
        await using var transaction = await StoreWriteLock.AcquireAsync(db, LockKey(document.Id), cancellationToken);

        // Checked under the mapping's write lock, so two people creating the same id cannot both succeed.
        if (mustBeNew && await db.Mappings.AnyAsync(m => m.Id == document.Id, cancellationToken))
        {
            throw StoreException.Conflict($"a mapping with the id '{document.Id}' already exists");
        }

        await EnsureMappingAsync(document, actor, now, cancellationToken);
        var draft = await db.MappingVersions.SingleOrDefaultAsync(v => v.MappingId == document.Id && v.Version == DraftVersion, cancellationToken);
        if (draft is null)
        {
            draft = NewVersion(document, DraftVersion, FlowVersionStatus.Draft, source, actor, now);
            db.MappingVersions.Add(draft);
        }
        else
        {
            Fill(draft, document);
            draft.Source = source;
            draft.CreatedAt = now;
            draft.CreatedBy = actor;
            draft.ConcurrencyStamp = Guid.NewGuid();
        }

        await SaveAsync($"the draft of mapping '{document.Id}' was changed by someone else; reload and try again", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToSummary(draft);
    }

    /// <summary>Deletes the draft of a mapping (and the mapping itself when it has nothing else).</summary>
    /// <exception cref="StoreException">There is no draft (not found).</exception>
    public async Task DeleteDraftAsync(string mappingId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await StoreWriteLock.AcquireAsync(db, LockKey(mappingId), cancellationToken);
        var draft = await db.MappingVersions.SingleOrDefaultAsync(v => v.MappingId == mappingId && v.Version == DraftVersion, cancellationToken)
            ?? throw StoreException.NotFound($"mapping '{mappingId}' has no draft");
        db.MappingVersions.Remove(draft);
        if (!await db.MappingVersions.AnyAsync(v => v.MappingId == mappingId && v.Version != DraftVersion, cancellationToken))
        {
            db.Mappings.Remove(await db.Mappings.SingleAsync(m => m.Id == mappingId, cancellationToken));
        }

        await SaveAsync($"the draft of mapping '{mappingId}' was changed meanwhile", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Publishes the draft as the next version. When its content equals the latest published version the draft is
    /// dropped and no version is created.
    /// </summary>
    /// <exception cref="StoreException">The mapping does not exist (not found) or has no draft (conflict).</exception>
    public async Task<MappingPublishResult> PublishAsync(string mappingId, string actor, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await StoreWriteLock.AcquireAsync(db, LockKey(mappingId), cancellationToken);
            var draft = await db.MappingVersions.SingleOrDefaultAsync(v => v.MappingId == mappingId && v.Version == DraftVersion, cancellationToken);
            if (draft is null)
            {
                throw await db.Mappings.AnyAsync(m => m.Id == mappingId, cancellationToken)
                    ? StoreException.Conflict($"mapping '{mappingId}' has no draft to publish")
                    : StoreException.NotFound($"mapping '{mappingId}' does not exist");
            }

            if (JsonNode.Parse(draft.Content)?["rules"] is not JsonArray { Count: > 0 })
            {
                // A new mapping starts as a draft without rules; a version that maps nothing is never published.
                throw StoreException.Conflict($"mapping '{mappingId}' has no rules yet: add at least one rule before publishing");
            }

            var latest = await LatestPublishedAsync(mappingId, cancellationToken);
            if (latest is not null && latest.ContentHash == draft.ContentHash)
            {
                db.MappingVersions.Remove(draft);
                await SaveAsync($"the draft of mapping '{mappingId}' was changed meanwhile", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new MappingPublishResult(mappingId, latest.Version, Created: false);
            }

            var number = await NextVersionAsync(mappingId, cancellationToken);
            var published = new MappingVersionEntity
            {
                MappingId = mappingId,
                Version = number,
                Status = FlowVersionStatus.Published,
                ContentHash = draft.ContentHash,
                Content = draft.Content,
                Name = draft.Name,
                SourceSchema = draft.SourceSchema,
                TargetSchema = draft.TargetSchema,
                Source = draft.Source,
                CreatedAt = draft.CreatedAt,
                CreatedBy = draft.CreatedBy,
                PublishedAt = clock.GetUtcNow(),
                PublishedBy = actor,
            };
            db.MappingVersions.Remove(draft);
            db.MappingVersions.Add(published);
            if (await TrySaveAsync(cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                return new MappingPublishResult(mappingId, number, Created: true);
            }

            if (attempt >= MaxConflictRetries)
            {
                throw StoreException.Conflict($"mapping '{mappingId}' was published concurrently; reload and try again");
            }
        }
    }

    /// <summary>Retires a published version: map steps stop using it (they use the latest published version left).</summary>
    /// <exception cref="StoreException">The version does not exist (not found) or is not published (conflict).</exception>
    public async Task<MappingVersionSummary> RetireAsync(string mappingId, int version, string actor, CancellationToken cancellationToken = default)
    {
        var entity = await db.MappingVersions.SingleOrDefaultAsync(v => v.MappingId == mappingId && v.Version == version && version != DraftVersion, cancellationToken)
            ?? throw StoreException.NotFound($"mapping '{mappingId}' has no version {version}");
        if (entity.Status != FlowVersionStatus.Published)
        {
            throw StoreException.Conflict($"version {version} of mapping '{mappingId}' is {entity.Status}; only a published version can be retired");
        }

        entity.Status = FlowVersionStatus.Retired;
        entity.RetiredAt = clock.GetUtcNow();
        entity.RetiredBy = actor;
        entity.ConcurrencyStamp = Guid.NewGuid();
        await SaveAsync($"version {version} of mapping '{mappingId}' was changed meanwhile", cancellationToken);
        return ToSummary(entity);
    }

    /// <summary>
    /// Imports a mapping file as a published version when its content differs from the latest published version;
    /// unchanged content does nothing. Drafts are left alone.
    /// </summary>
    public async Task<MappingImportOutcome> ImportAsync(MappingDocumentInfo document, string source, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = Hash(document.Content);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await StoreWriteLock.AcquireAsync(db, LockKey(document.Id), cancellationToken);
            var latest = await LatestPublishedAsync(document.Id, cancellationToken);
            if (latest is not null && latest.ContentHash == hash)
            {
                return new MappingImportOutcome(document.Id, latest.Version, Created: false);
            }

            var now = clock.GetUtcNow();
            await EnsureMappingAsync(document, actor, now, cancellationToken);
            var version = NewVersion(document, await NextVersionAsync(document.Id, cancellationToken), FlowVersionStatus.Published, source, actor, now);
            version.PublishedAt = now;
            version.PublishedBy = actor;
            db.MappingVersions.Add(version);
            if (await TrySaveAsync(cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                return new MappingImportOutcome(document.Id, version.Version, Created: true);
            }

            // Another node imported at the same moment: look again; it probably wrote the same content.
            if (attempt >= MaxConflictRetries)
            {
                throw StoreException.Conflict($"mapping '{document.Id}' was imported concurrently and could not be reconciled");
            }
        }
    }

    /// <summary>The hash versions are compared by: the flow content hash (key order, whitespace, <c>$schema</c> and <c>version</c> ignored).</summary>
    public static string Hash(JsonObject content) => FlowContentHash.Compute(content);

    private static string LockKey(string mappingId) => "mapping:" + mappingId;

    private Task<MappingVersionEntity?> LatestPublishedAsync(string mappingId, CancellationToken cancellationToken) =>
        db.MappingVersions.AsNoTracking()
            .Where(v => v.MappingId == mappingId && v.Version != DraftVersion && v.Status == FlowVersionStatus.Published)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<int> NextVersionAsync(string mappingId, CancellationToken cancellationToken) =>
        (await db.MappingVersions.Where(v => v.MappingId == mappingId).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0) + 1;

    private async Task EnsureMappingAsync(MappingDocumentInfo document, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mapping = await db.Mappings.FindAsync([document.Id], cancellationToken);
        if (mapping is null)
        {
            db.Mappings.Add(new MappingEntity { Id = document.Id, Name = document.Name, CreatedAt = now, CreatedBy = actor });
        }
        else
        {
            mapping.Name = document.Name;
        }
    }

    private static MappingVersionEntity NewVersion(MappingDocumentInfo document, int version, string status, string source, string actor, DateTimeOffset now)
    {
        var entity = new MappingVersionEntity
        {
            MappingId = document.Id,
            Version = version,
            Status = status,
            ContentHash = string.Empty,
            Content = string.Empty,
            Name = string.Empty,
            Source = source,
            CreatedAt = now,
            CreatedBy = actor,
        };
        Fill(entity, document);
        return entity;
    }

    private static void Fill(MappingVersionEntity entity, MappingDocumentInfo document)
    {
        // The version number in a file is informational: the store numbers versions itself.
        var stored = document.Content.DeepClone().AsObject();
        stored.Remove("version");
        entity.Content = stored.ToJsonString();
        entity.ContentHash = Hash(stored);
        entity.Name = document.Name;
        entity.SourceSchema = document.SourceSchema;
        entity.TargetSchema = document.TargetSchema;
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

    private static MappingVersionDetail ToDetail(MappingVersionEntity entity) =>
        new(entity.MappingId, ToSummary(entity), JsonNode.Parse(entity.Content)!.AsObject());

    private static MappingVersionSummary ToSummary(MappingVersionEntity v) =>
        new(v.Version, v.Status, v.ContentHash, v.Source, v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy, v.RetiredAt);
}
