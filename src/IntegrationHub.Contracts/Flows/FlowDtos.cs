using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Flows;

/// <summary>Lifecycle states of a flow version.</summary>
public static class FlowVersionStatus
{
    /// <summary>Editable; not run by triggers.</summary>
    public const string Draft = "draft";

    /// <summary>Immutable; the latest published version serves the triggers.</summary>
    public const string Published = "published";

    /// <summary>Immutable and no longer started by triggers.</summary>
    public const string Retired = "retired";
}

/// <summary>A flow in the list.</summary>
/// <param name="Id">Flow id.</param>
/// <param name="Name">Display name.</param>
/// <param name="LatestVersion">Highest version number.</param>
/// <param name="PublishedVersion">Latest published version, if any.</param>
/// <param name="HasDraft">Whether a draft exists.</param>
/// <param name="Triggers">Trigger kinds of the latest version.</param>
/// <param name="UpdatedAt">When the latest version was written.</param>
public sealed record FlowSummary(string Id, string Name, int LatestVersion, int? PublishedVersion, bool HasDraft, IReadOnlyList<string> Triggers, DateTimeOffset UpdatedAt);

/// <summary>One version in a flow's history.</summary>
/// <param name="Version">Version number.</param>
/// <param name="Status">draft, published or retired.</param>
/// <param name="ContentHash">SHA-256 of the canonical content.</param>
/// <param name="Source">"import", "api" or a file name.</param>
/// <param name="CreatedAt">When written.</param>
/// <param name="CreatedBy">Who wrote it.</param>
/// <param name="PublishedAt">When published.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="RetiredAt">When retired.</param>
public sealed record FlowVersionSummary(int Version, string Status, string ContentHash, string Source, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy, DateTimeOffset? RetiredAt);

/// <summary>A flow with all its versions.</summary>
/// <param name="Id">Flow id.</param>
/// <param name="Name">Display name of the latest version.</param>
/// <param name="Versions">Versions, newest first.</param>
public sealed record FlowDetail(string Id, string Name, IReadOnlyList<FlowVersionSummary> Versions);

/// <summary>One version with its content.</summary>
/// <param name="FlowId">Flow id.</param>
/// <param name="Summary">Version facts.</param>
/// <param name="Content">The flow document.</param>
public sealed record FlowVersionDetail(string FlowId, FlowVersionSummary Summary, JsonObject Content);

/// <summary>Outcome of publishing a draft.</summary>
/// <param name="FlowId">Flow id.</param>
/// <param name="Version">The published version (the existing one when unchanged).</param>
/// <param name="Created">False when the draft equalled the latest published version and no version was made.</param>
public sealed record PublishResult(string FlowId, int Version, bool Created);

/// <summary>One error of a flow document (also inside problem details as <c>errors</c>).</summary>
/// <param name="File">File or source name.</param>
/// <param name="Path">JSON path.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Code">Stable code.</param>
public sealed record FlowErrorDto(string File, string Path, string Message, string Code);

/// <summary>Result of validating a document without saving it.</summary>
/// <param name="Valid">Whether it is valid.</param>
/// <param name="Errors">Every error.</param>
public sealed record FlowValidationReport(bool Valid, IReadOnlyList<FlowErrorDto> Errors);

/// <summary>One difference between two versions.</summary>
/// <param name="Path">JSON path (steps by id).</param>
/// <param name="Kind">added, removed, changed or reordered.</param>
/// <param name="Before">Old value.</param>
/// <param name="After">New value.</param>
public sealed record FlowChangeDto(string Path, string Kind, JsonNode? Before, JsonNode? After);

/// <summary>Diff between two versions.</summary>
/// <param name="FlowId">Flow id.</param>
/// <param name="From">Older version.</param>
/// <param name="To">Newer version.</param>
/// <param name="Changes">The changes.</param>
public sealed record FlowDiffDto(string FlowId, int From, int To, IReadOnlyList<FlowChangeDto> Changes);
