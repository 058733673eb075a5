using System.Collections.Concurrent;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Storage;
using IntegrationHub.Storage.Mappings;

namespace IntegrationHub.Server.Mappings;

/// <summary>
/// Mapping documents from the store, for map steps. Which version is the latest published one is asked of the store
/// on every call (a publish or retire takes effect at once, on every node); published versions never change, so each
/// is read and parsed once per process and cached by id and version.
/// </summary>
internal sealed class StoredMappings(IHubDbContextFactory factory, TimeProvider clock)
{
    private const int MaxCachedVersions = 2_000;

    private readonly ConcurrentDictionary<(string Id, int Version), MappingDocument> _versions = new();
    private readonly ConcurrentDictionary<string, MappingDocument> _latest = new(StringComparer.Ordinal);

    /// <summary>The latest published version of a mapping with its number, or null when it has none.</summary>
    /// <exception cref="MappingValidationException">The stored document no longer parses (a platform problem).</exception>
    public async Task<(MappingDocument Document, int Version)?> GetPublishedAsync(string mappingId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var repository = new MappingRepository(db, clock);
        var latest = await repository.GetLatestPublishedAsync(mappingId, cancellationToken);
        if (latest is null)
        {
            _latest.TryRemove(mappingId, out _);
            return null;
        }

        if (!_versions.TryGetValue((mappingId, latest.Version), out var document))
        {
            var detail = await repository.GetVersionAsync(mappingId, latest.Version, cancellationToken);
            if (detail is null)
            {
                // Retired between the two reads: ask again from the top.
                return await GetPublishedAsync(mappingId, cancellationToken);
            }

            document = Remember(mappingId, latest.Version, detail.Content.ToJsonString());
        }

        _latest[mappingId] = document;
        return (document, latest.Version);
    }

    /// <summary>The latest published version this node has resolved, without asking the store (for <see cref="StoredMappingCatalog"/>).</summary>
    public MappingDocument? LatestKnown(string mappingId) => _latest.GetValueOrDefault(mappingId);

    /// <summary>Parses a stored version's content, caching published (immutable) versions.</summary>
    public MappingDocument Remember(string mappingId, int version, string content)
    {
        if (version == MappingRepository.DraftVersion)
        {
            return MappingDocument.Parse(content, $"mapping '{mappingId}' draft");
        }

        if (_versions.Count >= MaxCachedVersions)
        {
            _versions.Clear();
        }

        return _versions.GetOrAdd((mappingId, version), _ => MappingDocument.Parse(content, $"mapping '{mappingId}' version {version}"));
    }
}
