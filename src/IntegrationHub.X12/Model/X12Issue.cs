using System.Globalization;
using System.Text;

namespace IntegrationHub.X12.Model;

/// <summary>A problem found in X12 input: where it is and what is wrong.</summary>
public sealed record X12Issue
{
    /// <summary>Gets what the issue is about.</summary>
    public required X12IssueLevel Level { get; init; }

    /// <summary>Gets whether the issue rejects (error) or only annotates (warning).</summary>
    public required X12IssueSeverity Severity { get; init; }

    /// <summary>Gets the 1-based ordinal of the segment in the input (0 when not tied to a segment).</summary>
    public required long Position { get; init; }

    /// <summary>Gets the byte offset of the segment in the input.</summary>
    public required long Offset { get; init; }

    /// <summary>Gets the segment id (e.g. <c>SE</c>), or empty when not tied to a segment.</summary>
    public required string SegmentId { get; init; }

    /// <summary>Gets the 1-based element index (2 for <c>SE02</c>), or <see langword="null"/>.</summary>
    public int? ElementIndex { get; init; }

    /// <summary>Gets the 1-based component index inside a composite element, or <see langword="null"/>.</summary>
    public int? ComponentIndex { get; init; }

    /// <summary>Gets the position of the segment inside its transaction set (ST = 1), or <see langword="null"/>.</summary>
    public long? SetPosition { get; init; }

    /// <summary>Gets the loop id the segment belongs to (AK303 / IK303), or <see langword="null"/>.</summary>
    public string? LoopId { get; init; }

    /// <summary>Gets the acknowledgment code for this issue (AK304, AK403, AK502, AK905 or TA105 depending on <see cref="Level"/>).</summary>
    public required string Code { get; init; }

    /// <summary>Gets a copy of the bad element value (AK404 / IK404), or <see langword="null"/>.</summary>
    public string? BadValue { get; init; }

    /// <summary>Gets what is wrong, in words.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the location prefix: segment position, id, element and byte offset.</summary>
    public string Location
    {
        get
        {
            var sb = new StringBuilder();
            if (Position > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"segment {Position}");
                if (SegmentId.Length > 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $" ({SegmentId})");
                }
            }
            else
            {
                sb.Append("input");
            }

            if (ElementIndex is { } e)
            {
                sb.Append(CultureInfo.InvariantCulture, $", element {SegmentId}{e:00}");
                if (ComponentIndex is { } c)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"-{c}");
                }
            }

            sb.Append(CultureInfo.InvariantCulture, $", byte offset {Offset}");
            return sb.ToString();
        }
    }

    /// <summary>Returns <c>location: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
