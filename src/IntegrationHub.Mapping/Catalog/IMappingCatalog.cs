using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Lookups;

namespace IntegrationHub.Mapping.Catalog;

/// <summary>
/// Where the mapping engine finds mapping documents, lookup tables and schemas. <see cref="MappingCatalog"/> serves
/// the <c>flows/</c> folder or strings; the server can implement this over its version store (return the published
/// version of a mapping). Must be thread-safe and fast: it is asked on every run. The engine recompiles a mapping
/// whenever the returned document's <see cref="MappingDocument.ContentHash"/> changes.
/// </summary>
public interface IMappingCatalog
{
    /// <summary>Returns the mapping to run for an id, or null.</summary>
    /// <param name="id">The mapping id.</param>
    MappingDocument? FindMapping(string id);

    /// <summary>Returns a lookup table, or null.</summary>
    /// <param name="id">The table id.</param>
    LookupTable? FindLookup(string id);

    /// <summary>Returns a schema, or null.</summary>
    /// <param name="id">The schema id, e.g. <c>sales-order</c>.</param>
    SchemaDocument? FindSchema(string id);
}
