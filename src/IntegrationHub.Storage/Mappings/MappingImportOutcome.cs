namespace IntegrationHub.Storage.Mappings;

/// <summary>What importing a mapping file did.</summary>
/// <param name="MappingId">Mapping id.</param>
/// <param name="Version">The latest published version after the import.</param>
/// <param name="Created">True when a new version was created; false when the content was unchanged.</param>
public sealed record MappingImportOutcome(string MappingId, int Version, bool Created);
