using System.Text.Json.Nodes;

namespace IntegrationHub.Flows.Versioning;

/// <summary>One difference between two versions of a flow.</summary>
/// <param name="Path">JSON path; steps are addressed by id, e.g. <c>$.steps[id=create].input</c>.</param>
/// <param name="Kind">What happened at the path.</param>
/// <param name="Before">The old value (null when added).</param>
/// <param name="After">The new value (null when removed).</param>
public sealed record FlowChange(string Path, FlowChangeKind Kind, JsonNode? Before, JsonNode? After);

/// <summary>Kinds of <see cref="FlowChange"/>.</summary>
public enum FlowChangeKind
{
    /// <summary>The value exists only in the newer version.</summary>
    Added,

    /// <summary>The value exists only in the older version.</summary>
    Removed,

    /// <summary>The value differs.</summary>
    Changed,

    /// <summary>The same items are in a different order (steps by id).</summary>
    Reordered,
}
