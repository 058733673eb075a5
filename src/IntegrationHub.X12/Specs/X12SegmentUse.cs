namespace IntegrationHub.X12.Specs;

/// <summary>A segment at a position of a loop.</summary>
/// <param name="id">Segment id.</param>
/// <param name="minUse">Minimum occurrences (1 = mandatory).</param>
/// <param name="maxUse">Maximum occurrences; more than one makes it an array in the JSON form.</param>
public sealed class X12SegmentUse(string id, int minUse, int maxUse) : X12StructureSpec(id, minUse, maxUse)
{
    /// <inheritdoc />
    public override string StartSegmentId => Id;
}
