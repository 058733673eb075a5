namespace IntegrationHub.Contracts.Mappings;

/// <summary>Outcome of publishing a mapping's draft.</summary>
/// <param name="MappingId">Mapping id.</param>
/// <param name="Version">The published version (the existing one when the draft was unchanged).</param>
/// <param name="Created">False when the draft equalled the latest published version: the draft was dropped and no version made.</param>
public sealed record MappingPublishResult(string MappingId, int Version, bool Created);
