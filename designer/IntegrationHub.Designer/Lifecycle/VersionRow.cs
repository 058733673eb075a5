using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>One version in a history table: flows and mappings share the lifecycle (draft, published, retired) and its facts.</summary>
/// <param name="Version">Version number; 0 is the draft.</param>
/// <param name="Status">draft, published or retired.</param>
/// <param name="ContentHash">Hash of the canonical content.</param>
/// <param name="Source">"api", "designer" or the file it was imported from.</param>
/// <param name="CreatedAt">When written.</param>
/// <param name="CreatedBy">Who wrote it.</param>
/// <param name="PublishedAt">When published.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="RetiredAt">When retired.</param>
public sealed record VersionRow(
    int Version,
    string Status,
    string ContentHash,
    string Source,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    DateTimeOffset? RetiredAt)
{
    /// <summary>The row of a flow version.</summary>
    public static VersionRow From(FlowVersionSummary v) =>
        new(v.Version, v.Status, v.ContentHash, v.Source, v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy, v.RetiredAt);

    /// <summary>The row of a mapping version.</summary>
    public static VersionRow From(MappingVersionSummary v) =>
        new(v.Version, v.Status, v.ContentHash, v.Source, v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy, v.RetiredAt);

    /// <summary>Gets whether this is the draft.</summary>
    public bool IsDraft => Status == FlowVersionStatus.Draft;

    /// <summary>Gets whether this version is published (not retired).</summary>
    public bool IsPublished => Status == FlowVersionStatus.Published;

    /// <summary>Gets the start of the content hash, enough to tell versions apart at a glance.</summary>
    public string ShortHash => ContentHash.Length > 12 ? ContentHash[..12] : ContentHash;

    /// <summary>The draft of a history, if there is one.</summary>
    public static VersionRow? DraftOf(IEnumerable<VersionRow> versions) => versions.FirstOrDefault(v => v.IsDraft);

    /// <summary>The latest published version of a history, if any.</summary>
    public static VersionRow? PublishedOf(IEnumerable<VersionRow> versions) => versions.Where(v => v.IsPublished).MaxBy(v => v.Version);
}
