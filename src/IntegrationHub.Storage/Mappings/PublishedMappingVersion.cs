namespace IntegrationHub.Storage.Mappings;

/// <summary>The latest published version of a mapping: enough for a runner to tell whether its cached copy is current.</summary>
/// <param name="MappingId">Mapping id.</param>
/// <param name="Version">Version number.</param>
/// <param name="ContentHash">Content hash of that version.</param>
public sealed record PublishedMappingVersion(string MappingId, int Version, string ContentHash);
