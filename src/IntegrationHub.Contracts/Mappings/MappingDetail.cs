namespace IntegrationHub.Contracts.Mappings;

/// <summary>A mapping with all its versions.</summary>
/// <param name="Id">Mapping id.</param>
/// <param name="Name">Display name of the latest version.</param>
/// <param name="Versions">Versions, newest first (the draft, if any, comes first).</param>
public sealed record MappingDetail(string Id, string Name, IReadOnlyList<MappingVersionSummary> Versions);
