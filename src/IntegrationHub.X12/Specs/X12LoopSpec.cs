namespace IntegrationHub.X12.Specs;

/// <summary>A loop: a group of segments starting with a fixed segment, repeated as a unit.</summary>
/// <param name="id">Loop id (<c>&lt;FirstSegmentId&gt;Loop</c>, or the set id for a body).</param>
/// <param name="minUse">Minimum occurrences.</param>
/// <param name="maxUse">Maximum occurrences.</param>
/// <param name="entries">Segments and nested loops in order; the first entry is the loop's first segment.</param>
public sealed class X12LoopSpec(string id, int minUse, int maxUse, IReadOnlyList<X12StructureSpec> entries) : X12StructureSpec(id, minUse, maxUse)
{
    /// <summary>Gets the segments and nested loops in order.</summary>
    public IReadOnlyList<X12StructureSpec> Entries { get; } = entries;

    /// <inheritdoc />
    public override string StartSegmentId => Entries.Count > 0 ? Entries[0].StartSegmentId : string.Empty;
}
