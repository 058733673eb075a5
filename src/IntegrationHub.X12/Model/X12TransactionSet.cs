namespace IntegrationHub.X12.Model;

/// <summary>One transaction set (ST..SE) as a segment tree, with the envelope it arrived in.</summary>
public sealed class X12TransactionSet
{
    /// <summary>Initializes a transaction set.</summary>
    /// <param name="header">The ST segment.</param>
    /// <param name="body">The body (segments between ST and SE) as a tree; its id is the set id.</param>
    /// <param name="trailer">The SE segment, or <see langword="null"/> when missing in the input.</param>
    public X12TransactionSet(X12Segment header, X12Loop body, X12Segment? trailer)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(body);
        Header = header;
        Body = body;
        Trailer = trailer;
    }

    /// <summary>Gets the set id (ST01), e.g. <c>850</c>.</summary>
    public string Id => Header.GetValue(1);

    /// <summary>Gets the set control number (ST02).</summary>
    public string ControlNumber => Header.GetValue(2);

    /// <summary>Gets the ST segment.</summary>
    public X12Segment Header { get; }

    /// <summary>Gets the SE segment, or <see langword="null"/> when it was missing.</summary>
    public X12Segment? Trailer { get; }

    /// <summary>Gets the body tree (everything between ST and SE).</summary>
    public X12Loop Body { get; }

    /// <summary>Gets the interchange header (ISA) the set arrived in, or <see langword="null"/> for a set built in code.</summary>
    public X12Segment? InterchangeHeader { get; init; }

    /// <summary>Gets the group header (GS) the set arrived in, or <see langword="null"/> for a set built in code.</summary>
    public X12Segment? GroupHeader { get; init; }

    /// <summary>Gets the delimiters of the interchange the set was read from.</summary>
    public X12Delimiters? Delimiters { get; init; }

    /// <summary>Gets the problems found in this set (envelope, segment and element level).</summary>
    public IReadOnlyList<X12Issue> Issues { get; init; } = [];

    /// <summary>Gets the number of segments from ST to SE inclusive, as counted.</summary>
    public int SegmentCount => Body.DescendantSegments().Count() + 1 + (Trailer is null ? 0 : 1);

    /// <summary>Enumerates ST, the body segments in order, and SE.</summary>
    /// <returns>The segments.</returns>
    public IEnumerable<X12Segment> AllSegments()
    {
        yield return Header;
        foreach (var s in Body.DescendantSegments())
        {
            yield return s;
        }

        if (Trailer is not null)
        {
            yield return Trailer;
        }
    }
}
