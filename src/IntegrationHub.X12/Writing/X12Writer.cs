using System.Text;
using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Writing;

/// <summary>Writes segments with given delimiters; the ISA is written fixed-width (fields padded or checked).</summary>
/// <param name="writer">Where to write (use UTF-8 without BOM for files).</param>
/// <param name="delimiters">The delimiters.</param>
/// <param name="segmentSuffix">Text after each segment terminator (e.g. "\n"); empty for one line.</param>
public sealed class X12Writer(TextWriter writer, X12Delimiters delimiters, string segmentSuffix = "\n")
{
    private static readonly int[] IsaWidths = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];
    private readonly TextWriter _writer = writer ?? throw new ArgumentNullException(nameof(writer));
    private readonly X12Delimiters _d = Validated(delimiters);
    // A CR or LF terminator already ends the line.
    private readonly string _suffix = delimiters?.Segment is '\n' or '\r' ? string.Empty : segmentSuffix ?? string.Empty;

    /// <summary>Formats whole interchanges as text.</summary>
    /// <param name="interchanges">The interchanges (their own delimiters are used).</param>
    /// <param name="segmentSuffix">Text after each segment terminator.</param>
    /// <returns>The X12 text.</returns>
    public static string Format(IEnumerable<X12Interchange> interchanges, string segmentSuffix = "\n")
    {
        ArgumentNullException.ThrowIfNull(interchanges);
        var sb = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var i in interchanges)
        {
            new X12Writer(sb, i.Delimiters, segmentSuffix).WriteInterchange(i);
        }

        return sb.ToString();
    }

    /// <summary>Writes an interchange as it is (control numbers and counts unchanged): ISA, service segments, groups, IEA.</summary>
    /// <param name="interchange">The interchange (its transaction sets must be kept).</param>
    public void WriteInterchange(X12Interchange interchange)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        WriteSegment(interchange.Header);
        foreach (var s in interchange.ServiceSegments)
        {
            WriteSegment(s);
        }

        foreach (var g in interchange.Groups)
        {
            WriteSegment(g.Header);
            foreach (var ts in g.TransactionSets)
            {
                WriteTransactionSet(ts);
            }

            if (g.Trailer is not null)
            {
                WriteSegment(g.Trailer);
            }
        }

        if (interchange.Trailer is not null)
        {
            WriteSegment(interchange.Trailer);
        }
    }

    /// <summary>Writes ST, the body in tree order, and SE.</summary>
    /// <param name="set">The set.</param>
    public void WriteTransactionSet(X12TransactionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        foreach (var s in set.AllSegments())
        {
            WriteSegment(s);
        }
    }

    /// <summary>Writes one segment and its terminator.</summary>
    /// <param name="segment">The segment.</param>
    /// <exception cref="ArgumentException">A value contains a delimiter, an ISA field is too long, or a repeated element has no repetition separator.</exception>
    public void WriteSegment(X12Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.Id == "ISA")
        {
            WriteIsa(segment);
            return;
        }

        var count = segment.Elements.Count;
        _writer.Write(segment.Id);
        for (var i = 0; i < count; i++)
        {
            _writer.Write(_d.Element);
            WriteElement(segment, i + 1, segment.Elements[i]);
        }

        _writer.Write(_d.Segment);
        _writer.Write(_suffix);
    }

    private void WriteElement(X12Segment segment, int n, X12Element element)
    {
        if (!element.IsComposite && !element.IsRepeated)
        {
            WriteValue(segment, n, element.Value);
            return;
        }

        if (element.IsRepeated && _d.Repetition is null)
        {
            throw new ArgumentException($"{segment.Designator(n)} has {element.Repetitions.Count} repetitions but the interchange has no repetition separator (ISA11, version 00402 or later).");
        }

        for (var r = 0; r < element.Repetitions.Count; r++)
        {
            if (r > 0)
            {
                _writer.Write(_d.Repetition!.Value);
            }

            var components = element.Repetitions[r];
            for (var c = 0; c < components.Count; c++)
            {
                if (c > 0)
                {
                    _writer.Write(_d.Component);
                }

                WriteValue(segment, n, components[c]);
            }
        }
    }

    private void WriteValue(X12Segment segment, int n, string value)
    {
        foreach (var ch in value)
        {
            if (ch == _d.Element || ch == _d.Component || ch == _d.Segment || ch == _d.Repetition)
            {
                throw new ArgumentException($"{segment.Designator(n)} value '{value}' contains the delimiter '{ch}'; choose other delimiters or remove it.");
            }
        }

        _writer.Write(value);
    }

    private void WriteIsa(X12Segment isa)
    {
        _writer.Write("ISA");
        for (var f = 1; f <= 16; f++)
        {
            _writer.Write(_d.Element);
            var value = f switch
            {
                16 => _d.Component.ToString(),
                11 when _d.Repetition is { } r => r.ToString(),
                _ => isa.GetValue(f),
            };
            var width = IsaWidths[f - 1];
            if (value.Length > width)
            {
                throw new ArgumentException($"ISA{f:00} value '{value}' is longer than its fixed width {width}.");
            }

            if (f != 16 && value.Any(ch => ch == _d.Element || ch == _d.Segment || ch > 0x7F))
            {
                throw new ArgumentException($"ISA{f:00} value '{value}' contains a delimiter or a non-ASCII character.");
            }

            _writer.Write(f is 13 && value.Length > 0 && value.All(char.IsAsciiDigit) ? value.PadLeft(width, '0') : value.PadRight(width, ' '));
        }

        _writer.Write(_d.Segment);
        _writer.Write(_suffix);
    }

    private static X12Delimiters Validated(X12Delimiters d)
    {
        ArgumentNullException.ThrowIfNull(d);
        d.Validate();
        return d;
    }
}
