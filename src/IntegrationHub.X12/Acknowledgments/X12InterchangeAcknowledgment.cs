using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Acknowledgments;

/// <summary>
/// A TA1 interchange acknowledgment: which interchange (TA101 control number, TA102/TA103 its date and time), what
/// happened to it (TA104) and why (TA105 note code). Built by <see cref="X12InterchangeAcknowledgmentBuilder"/> for a
/// received interchange, or read from a received TA1 with <see cref="FromSegment"/>.
/// </summary>
public sealed record X12InterchangeAcknowledgment
{
    /// <summary>Gets the acknowledged interchange control number (TA101, the ISA13 of that interchange).</summary>
    public required string ControlNumber { get; init; }

    /// <summary>Gets the acknowledged interchange's date (TA102, <c>YYMMDD</c> from its ISA09).</summary>
    public required string Date { get; init; }

    /// <summary>Gets the acknowledged interchange's time (TA103, <c>HHMM</c> from its ISA10).</summary>
    public required string Time { get; init; }

    /// <summary>Gets the acknowledgment code (TA104).</summary>
    public required X12InterchangeAcknowledgmentStatus Status { get; init; }

    /// <summary>Gets the interchange note code (TA105), <c>000</c> when there is no error.</summary>
    public required string NoteCode { get; init; }

    /// <summary>Gets what <see cref="NoteCode"/> means.</summary>
    public string NoteDescription => X12InterchangeNoteCodes.Describe(NoteCode);

    /// <summary>Gets the problems behind the status (our own findings when built; empty when read from a TA1).</summary>
    public IReadOnlyList<X12Issue> Issues { get; init; } = [];

    /// <summary>Gets deviations of a received TA1 from the standard (wrong lengths, unknown codes); empty when built.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Gets the TA104 code letter: <c>A</c>, <c>E</c> or <c>R</c>.</summary>
    public string StatusCode => Status switch
    {
        X12InterchangeAcknowledgmentStatus.Accepted => "A",
        X12InterchangeAcknowledgmentStatus.AcceptedWithErrors => "E",
        _ => "R",
    };

    /// <summary>Writes the TA1 segment.</summary>
    /// <returns>The segment <c>TA1*ControlNumber*Date*Time*Status*NoteCode</c>.</returns>
    public X12Segment ToSegment() => new("TA1", ControlNumber, Date, Time, StatusCode, NoteCode);

    /// <summary>
    /// Reads a TA1 segment leniently: values are kept as received, and deviations from the standard (a control number
    /// that is not nine digits, an eight-digit date, an unknown note code) become <see cref="Warnings"/>. An unknown or
    /// missing TA104 is read as <see cref="X12InterchangeAcknowledgmentStatus.Rejected"/> (with a warning), so that
    /// nothing unreadable is ever taken for an acceptance.
    /// </summary>
    /// <param name="segment">A TA1 segment.</param>
    /// <returns>The acknowledgment.</returns>
    /// <exception cref="ArgumentException">The segment is not a TA1.</exception>
    public static X12InterchangeAcknowledgment FromSegment(X12Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.Id != "TA1")
        {
            throw new ArgumentException($"Expected a TA1 segment but got {segment.Id}.", nameof(segment));
        }

        var warnings = new List<string>();
        var control = segment.GetValue(1).Trim();
        var date = segment.GetValue(2).Trim();
        var time = segment.GetValue(3).Trim();
        var code = segment.GetValue(4).Trim();
        var note = segment.GetValue(5).Trim();
        Check(control, 9, 9, "TA101 (interchange control number)", warnings);
        Check(date, 6, 6, "TA102 (interchange date, YYMMDD)", warnings);
        Check(time, 4, 4, "TA103 (interchange time, HHMM)", warnings);
        var status = code switch
        {
            "A" => X12InterchangeAcknowledgmentStatus.Accepted,
            "E" => X12InterchangeAcknowledgmentStatus.AcceptedWithErrors,
            "R" => X12InterchangeAcknowledgmentStatus.Rejected,
            _ => (X12InterchangeAcknowledgmentStatus?)null,
        };
        if (status is null)
        {
            warnings.Add($"TA104 '{code}' is not A, E or R; read as rejected");
        }

        if (!X12InterchangeNoteCodes.IsDefined(note))
        {
            warnings.Add(note.Length == 0 ? "TA105 (note code) is missing" : $"TA105 '{note}' is not a defined interchange note code (000-031)");
        }

        return new X12InterchangeAcknowledgment
        {
            ControlNumber = control,
            Date = date,
            Time = time,
            Status = status ?? X12InterchangeAcknowledgmentStatus.Rejected,
            NoteCode = note,
            Warnings = warnings,
        };
    }

    /// <summary>Reads every TA1 of an interchange (its service segments), in order.</summary>
    /// <param name="interchange">An interchange as read.</param>
    /// <returns>The acknowledgments.</returns>
    public static IReadOnlyList<X12InterchangeAcknowledgment> FromInterchange(X12Interchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        return [.. interchange.ServiceSegments.Where(s => s.Id == "TA1").Select(FromSegment)];
    }

    private static void Check(string value, int min, int max, string name, List<string> warnings)
    {
        if (value.Length < min || value.Length > max || value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            warnings.Add(min == max
                ? $"{name} '{value}' is not {min} digits"
                : $"{name} '{value}' is not {min} to {max} digits");
        }
    }
}
