using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Flows.Versioning;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Mappings;

/// <summary>
/// Lookup tables: the current content of each, with a revision number every change increments (the optimistic
/// concurrency token). Callers validate table documents before they reach this class.
/// </summary>
public sealed class LookupTableRepository(HubDbContext db, TimeProvider clock)
{
    /// <summary>Lists every table, ordered by id.</summary>
    public async Task<IReadOnlyList<LookupTableSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tables = await db.LookupTables.AsNoTracking().ToListAsync(cancellationToken);
        return [.. tables.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => ToSummary(t, Parse(t)))];
    }

    /// <summary>Gets a table with its content; null when unknown.</summary>
    public async Task<LookupTableDetail?> GetAsync(string tableId, CancellationToken cancellationToken = default)
    {
        var table = await db.LookupTables.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tableId, cancellationToken);
        if (table is null)
        {
            return null;
        }

        var content = Parse(table);
        return new LookupTableDetail(ToSummary(table, content), content);
    }

    /// <summary>The current revision of every table, without content.</summary>
    public async Task<IReadOnlyList<LookupTableRevision>> ListRevisionsAsync(CancellationToken cancellationToken = default) =>
        await db.LookupTables.AsNoTracking().Select(t => new LookupTableRevision(t.Id, t.Revision)).ToListAsync(cancellationToken);

    /// <summary>Gets the content of the named tables (unknown ids are left out).</summary>
    public async Task<IReadOnlyList<LookupTableDetail>> GetManyAsync(IReadOnlyCollection<string> tableIds, CancellationToken cancellationToken = default)
    {
        var tables = await db.LookupTables.AsNoTracking().Where(t => tableIds.Contains(t.Id)).ToListAsync(cancellationToken);
        return [.. tables.Select(t =>
        {
            var content = Parse(t);
            return new LookupTableDetail(ToSummary(t, content), content);
        })];
    }

    /// <summary>
    /// Saves a table's content as its next revision (or its first). Saving content equal to the current one changes
    /// nothing and returns the current revision.
    /// </summary>
    /// <param name="tableId">Table id (the document's id).</param>
    /// <param name="content">The validated table document.</param>
    /// <param name="expectedRevision">The revision the caller edited: null saves whatever the current revision, 0 requires that the table does not exist yet.</param>
    /// <param name="source">"api" or "designer".</param>
    /// <param name="actor">Who saves it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="StoreException">The current revision is not <paramref name="expectedRevision"/> (conflict).</exception>
    public async Task<LookupTableSummary> SaveAsync(string tableId, JsonObject content, int? expectedRevision, string source, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var transaction = await StoreWriteLock.AcquireAsync(db, LockKey(tableId), cancellationToken);
        var table = await db.LookupTables.SingleOrDefaultAsync(t => t.Id == tableId, cancellationToken);
        var current = table?.Revision ?? 0;
        if (expectedRevision is { } expected && expected != current)
        {
            throw StoreException.Conflict(table is null
                ? $"lookup table '{tableId}' does not exist (it was deleted or never saved); expected revision {expected}"
                : $"lookup table '{tableId}' is at revision {current}, not {expected}: someone else changed it; reload and try again");
        }

        var hash = Hash(content);
        if (table is not null && table.ContentHash == hash)
        {
            return ToSummary(table, content);
        }

        table = Write(table, tableId, content, hash, source, actor);
        await SaveAsync($"lookup table '{tableId}' was changed meanwhile; reload and try again", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToSummary(table, content);
    }

    /// <summary>
    /// Imports a table file: creates the table, or replaces its content when the file changed since it was last
    /// imported. A file unchanged since its last import does nothing, so edits made through the API or the designer
    /// survive restarts until the file itself changes.
    /// </summary>
    public async Task<LookupImportOutcome> ImportAsync(string tableId, JsonObject content, string source, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var hash = Hash(content);
        await using var transaction = await StoreWriteLock.AcquireAsync(db, LockKey(tableId), cancellationToken);
        var table = await db.LookupTables.SingleOrDefaultAsync(t => t.Id == tableId, cancellationToken);
        if (table is not null && (table.ImportedHash == hash || (table.ImportedHash is null && table.ContentHash == hash)))
        {
            return new LookupImportOutcome(tableId, table.Revision, Changed: false);
        }

        if (table is not null && table.ContentHash == hash)
        {
            // The content already is the file's (saved through the API): remember the import, nothing else changes.
            table.ImportedHash = hash;
            await SaveAsync($"lookup table '{tableId}' was imported concurrently", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new LookupImportOutcome(tableId, table.Revision, Changed: false);
        }

        table = Write(table, tableId, content, hash, source, actor);
        table.ImportedHash = hash;
        await SaveAsync($"lookup table '{tableId}' was imported concurrently", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new LookupImportOutcome(tableId, table.Revision, Changed: true);
    }

    private static string Hash(JsonObject content) => FlowContentHash.Compute(content);

    private static string LockKey(string tableId) => "lookup:" + tableId;

    private LookupTableEntity Write(LookupTableEntity? table, string tableId, JsonObject content, string hash, string source, string actor)
    {
        var stored = content.DeepClone().AsObject();
        stored.Remove("$schema");
        if (table is null)
        {
            table = new LookupTableEntity { Id = tableId, Content = string.Empty, ContentHash = string.Empty, Source = source, UpdatedBy = actor };
            db.LookupTables.Add(table);
        }

        table.Revision++;
        table.Content = stored.ToJsonString();
        table.ContentHash = hash;
        table.Description = (string?)content["description"] is { Length: > 500 } text ? text[..500] : (string?)content["description"];
        table.Source = source;
        table.UpdatedAt = clock.GetUtcNow();
        table.UpdatedBy = actor;
        return table;
    }

    private async Task SaveAsync(string conflictMessage, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            throw new StoreException(conflictMessage, e);
        }
    }

    private static JsonObject Parse(LookupTableEntity table) => JsonNode.Parse(table.Content)!.AsObject();

    private static LookupTableSummary ToSummary(LookupTableEntity table, JsonObject content) =>
        new(
            table.Id,
            table.Description,
            (string?)content["onMissing"] ?? "error",
            content["entries"] is JsonObject entries ? entries.Count : 0,
            table.Revision,
            table.Source,
            table.UpdatedAt,
            table.UpdatedBy);
}
