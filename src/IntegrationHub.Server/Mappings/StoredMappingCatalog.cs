using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Lookups;
using IntegrationHub.Server.Flows;

namespace IntegrationHub.Server.Mappings;

/// <summary>
/// What the mapping engine reads in the hub: lookup tables from the store (<see cref="StoredLookupTables"/>), mappings
/// from the store (the latest published version this node has resolved; map steps resolve through
/// <see cref="StoredMappings"/> first), and schemas from the flows folder's <c>schemas/</c>, loaded once at start.
/// A schema file that is not a usable JSON Schema is logged and left out; the hub starts anyway.
/// </summary>
internal sealed partial class StoredMappingCatalog : IMappingCatalog
{
    private readonly StoredLookupTables _lookups;
    private readonly StoredMappings _mappings;
    private readonly MappingCatalog _schemas = new();

    public StoredMappingCatalog(FlowFolder folder, StoredLookupTables lookups, StoredMappings mappings, ILogger<StoredMappingCatalog> logger)
    {
        _lookups = lookups;
        _mappings = mappings;
        foreach (var (id, file) in folder.SchemaFiles())
        {
            try
            {
                _schemas.AddSchema(id, File.ReadAllText(file));
            }
            catch (ArgumentException e)
            {
                LogUnusableSchema(logger, folder.Relative(file), e.Message);
            }
        }
    }

    /// <summary>Gets the schemas, ordered by id.</summary>
    public IReadOnlyList<SchemaDocument> Schemas => [.. _schemas.Schemas.OrderBy(s => s.Id, StringComparer.Ordinal)];

    public MappingDocument? FindMapping(string id) => _mappings.LatestKnown(id);

    public LookupTable? FindLookup(string id) => _lookups.Find(id);

    public SchemaDocument? FindSchema(string id) => _schemas.FindSchema(id);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "Schema file {File} is not used: {Message}")]
    private static partial void LogUnusableSchema(ILogger logger, string file, string message);
}
