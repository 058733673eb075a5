namespace IntegrationHub.Contracts.Mappings;

/// <summary>One version in a mapping's history. Versions follow the flow lifecycle (<see cref="Flows.FlowVersionStatus"/>).</summary>
/// <param name="Version">Version number; 0 is the draft.</param>
/// <param name="Status">draft, published or retired.</param>
/// <param name="ContentHash">SHA-256 of the canonical content (key order, whitespace, <c>$schema</c> and <c>version</c> ignored).</param>
/// <param name="Source">"api", "designer" or the file it was imported from.</param>
/// <param name="CreatedAt">When written.</param>
/// <param name="CreatedBy">Who wrote it.</param>
/// <param name="PublishedAt">When published.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="RetiredAt">When retired.</param>
public sealed record MappingVersionSummary(
    int Version,
    string Status,
    string ContentHash,
    string Source,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    DateTimeOffset? RetiredAt);
