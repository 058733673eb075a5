using System.Collections.Frozen;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Lookups;
using IntegrationHub.Storage;
using IntegrationHub.Storage.Mappings;

namespace IntegrationHub.Server.Mappings;

/// <summary>
/// The lookup tables of the store, held in memory: mappings and expressions read them synchronously on every run.
/// The copy is reloaded (changed tables only, by revision) when it is older than two seconds and someone asks for a
/// fresh one (<see cref="EnsureFreshAsync"/>: map steps, previews), at once after a save on this node, and in the
/// background (<see cref="LookupTableRefresher"/>) so other nodes' saves reach flow expressions too.
/// </summary>
internal sealed partial class StoredLookupTables(IHubDbContextFactory factory, TimeProvider clock, ILogger<StoredLookupTables> logger) : IDisposable
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _snapshot;

    /// <summary>Returns a table, or null (also before the first load).</summary>
    public LookupTable? Find(string id) => _snapshot?.Tables.GetValueOrDefault(id)?.Table;

    /// <summary>Gets the ids of the tables held.</summary>
    public IReadOnlyCollection<string> Ids => _snapshot?.Tables.Keys ?? [];

    /// <summary>Reloads when the copy is older than the freshness window (or was invalidated).</summary>
    public async Task EnsureFreshAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is null || snapshot.Stale || clock.GetUtcNow() - snapshot.LoadedAt > Freshness)
        {
            await RefreshAsync(cancellationToken);
        }
    }

    /// <summary>Marks the copy stale: the next <see cref="EnsureFreshAsync"/> reloads (after a save on this node).</summary>
    public void Invalidate()
    {
        if (_snapshot is { } snapshot)
        {
            _snapshot = snapshot with { Stale = true };
        }
    }

    /// <summary>Reloads the tables whose revision changed, and drops deleted ones.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var previous = _snapshot?.Tables ?? FrozenDictionary<string, Loaded>.Empty;
            await using var db = factory.CreateDbContext();
            var repository = new LookupTableRepository(db, clock);
            var revisions = await repository.ListRevisionsAsync(cancellationToken);
            var changed = revisions.Where(r => !previous.TryGetValue(r.Id, out var held) || held.Revision != r.Revision).Select(r => r.Id).ToList();
            var tables = new Dictionary<string, Loaded>(StringComparer.Ordinal);
            foreach (var revision in revisions)
            {
                if (!changed.Contains(revision.Id))
                {
                    tables[revision.Id] = previous[revision.Id];
                }
            }

            if (changed.Count > 0)
            {
                foreach (var detail in await repository.GetManyAsync(changed, cancellationToken))
                {
                    try
                    {
                        var table = LookupTable.Parse(detail.Content.ToJsonString(), $"lookup table '{detail.Summary.Id}' revision {detail.Summary.Revision}");
                        tables[detail.Summary.Id] = new Loaded(detail.Summary.Revision, table);
                    }
                    catch (MappingValidationException e)
                    {
                        // Stored tables were validated when saved; one that no longer parses is left out, not fatal.
                        LogUnreadable(logger, detail.Summary.Id, detail.Summary.Revision, e.Message);
                    }
                }
            }

            _snapshot = new Snapshot(tables.ToFrozenDictionary(StringComparer.Ordinal), clock.GetUtcNow(), Stale: false);
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Stored lookup table {TableId} revision {Revision} cannot be read and is ignored: {Message}")]
    private static partial void LogUnreadable(ILogger logger, string tableId, int revision, string message);

    /// <summary>A table as loaded, with the revision it was loaded at.</summary>
    private sealed record Loaded(int Revision, LookupTable Table);

    private sealed record Snapshot(FrozenDictionary<string, Loaded> Tables, DateTimeOffset LoadedAt, bool Stale);
}
