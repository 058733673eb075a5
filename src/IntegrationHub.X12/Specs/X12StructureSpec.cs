namespace IntegrationHub.X12.Specs;

/// <summary>An entry of a loop's structure: a segment use or a nested loop.</summary>
public abstract class X12StructureSpec
{
    private protected X12StructureSpec(string id, int minUse, int maxUse)
    {
        Id = id;
        MinUse = minUse;
        MaxUse = maxUse;
    }

    /// <summary>Gets the segment id, or the loop id (<c>&lt;FirstSegmentId&gt;Loop</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the minimum number of occurrences (1 = mandatory).</summary>
    public int MinUse { get; }

    /// <summary>Gets the maximum number of occurrences (<see cref="int.MaxValue"/> = unbounded).</summary>
    public int MaxUse { get; }

    /// <summary>Gets the segment id that starts this entry (the segment itself, or a loop's first segment).</summary>
    public abstract string StartSegmentId { get; }
}
