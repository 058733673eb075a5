namespace IntegrationHub.X12.Model;

/// <summary>One occurrence of a loop (or the body of a transaction set): its segments and nested loops in order.</summary>
/// <param name="id">The loop id: <c>&lt;FirstSegmentId&gt;Loop</c> (e.g. <c>N1Loop</c>, <c>HLLoop</c>), or the transaction set id for the body.</param>
public sealed class X12Loop(string id) : X12Node
{
    /// <summary>Gets the loop id (<c>N1Loop</c>, <c>PO1Loop</c>, <c>HLLoop</c>, or the set id for the body).</summary>
    public string Id { get; } = id;

    /// <summary>Gets the children in document order.</summary>
    public IList<X12Node> Children { get; } = [];

    /// <summary>Gets the segments directly in this loop (not in nested loops) with the given id.</summary>
    /// <param name="segmentId">Segment id, e.g. <c>REF</c>.</param>
    /// <returns>The matching segments in order.</returns>
    public IEnumerable<X12Segment> SegmentsOf(string segmentId) =>
        Children.OfType<X12Segment>().Where(s => s.Id == segmentId);

    /// <summary>Gets the nested loops directly in this loop with the given id.</summary>
    /// <param name="loopId">Loop id, e.g. <c>N1Loop</c>.</param>
    /// <returns>The matching loops in order.</returns>
    public IEnumerable<X12Loop> LoopsOf(string loopId) =>
        Children.OfType<X12Loop>().Where(l => l.Id == loopId);

    /// <summary>Enumerates every segment of this loop and its nested loops in document (pre-)order.</summary>
    /// <returns>The segments.</returns>
    public IEnumerable<X12Segment> DescendantSegments()
    {
        var stack = new Stack<IEnumerator<X12Node>>();
        stack.Push(Children.GetEnumerator());
        while (stack.Count > 0)
        {
            var e = stack.Peek();
            if (!e.MoveNext())
            {
                e.Dispose();
                stack.Pop();
                continue;
            }

            if (e.Current is X12Segment s)
            {
                yield return s;
            }
            else if (e.Current is X12Loop l)
            {
                stack.Push(l.Children.GetEnumerator());
            }
        }
    }
}
