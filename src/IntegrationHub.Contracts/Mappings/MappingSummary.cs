namespace IntegrationHub.Contracts.Mappings;

/// <summary>A mapping document in the list.</summary>
/// <param name="Id">Mapping id (what a flow's <c>map</c> step names).</param>
/// <param name="Name">Display name of the latest version.</param>
/// <param name="SourceSchema">Schema id of the payload the latest version reads, if it names one.</param>
/// <param name="TargetSchema">Schema id the latest version's output is validated against, if any.</param>
/// <param name="LatestVersion">Highest version number (0 when only a draft exists).</param>
/// <param name="PublishedVersion">Latest published version (the one flows run), if any.</param>
/// <param name="HasDraft">Whether a draft exists.</param>
/// <param name="UpdatedAt">When the latest version was written or published.</param>
public sealed record MappingSummary(
    string Id,
    string Name,
    string? SourceSchema,
    string? TargetSchema,
    int LatestVersion,
    int? PublishedVersion,
    bool HasDraft,
    DateTimeOffset UpdatedAt);
