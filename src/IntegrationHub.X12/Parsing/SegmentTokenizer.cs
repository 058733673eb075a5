using System.Buffers;
using System.Globalization;
using System.Text;
using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Parsing;

/// <summary>
/// Splits a byte stream into segments with bounded memory: a pooled buffer that holds at most one segment
/// beyond the read-ahead. Delimiters come from each ISA (fixed 106 characters). CR, LF, tabs and spaces
/// between segments are skipped; a BOM at the start of the stream is skipped.
/// </summary>
internal sealed class SegmentTokenizer : IDisposable
{
    public const int IsaLength = 106;

    // Index of the element separator before ISA01..ISA16 (ISA field widths 2,10,2,10,2,15,2,15,6,4,1,5,9,1,1,1).
    private static readonly int[] IsaSeparators = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];
    private static readonly int[] IsaWidths = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];

    private readonly Stream _stream;
    private readonly int _maxSegmentLength;
    private readonly Dictionary<int, string> _ids = [];
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _eof;
    private bool _atStreamStart = true;
    private bool _expectIsa = true;
    private long _position;
    private byte _e;
    private byte _c;
    private int _r = -1;
    private byte _s;

    public SegmentTokenizer(Stream stream, int maxSegmentLength, int bufferSize)
    {
        _stream = stream;
        _maxSegmentLength = maxSegmentLength;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, IsaLength * 2));
    }

    private enum Status
    {
        NeedMore,
        Segment,
        End,
    }

    public X12Delimiters? Delimiters { get; private set; }

    /// <summary>Gets the byte offset just after the last consumed segment.</summary>
    public long Consumed => _bufferOffset + _start;

    public long LastPosition => _position;

    public X12Segment? Next()
    {
        while (true)
        {
            var status = TryParse(out var segment);
            if (status == Status.Segment)
            {
                return segment;
            }

            if (status == Status.End)
            {
                return null;
            }

            Compact();
            var n = _stream.Read(_buffer, _end, _buffer.Length - _end);
            Advance(n);
        }
    }

    public async ValueTask<X12Segment?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = TryParse(out var segment);
            if (status == Status.Segment)
            {
                return segment;
            }

            if (status == Status.End)
            {
                return null;
            }

            Compact();
            var n = await _stream.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false);
            Advance(n);
        }
    }

    public void Dispose()
    {
        var b = _buffer;
        _buffer = [];
        if (b.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(b);
        }
    }

    private void Advance(int read)
    {
        if (read <= 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
        }
    }

    private void Compact()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // Only reached while one segment is longer than the buffer: growth is capped by the maximum segment length.
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, _maxSegmentLength + 4096));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }

    private bool IsSkippable(byte b) =>
        (b == (byte)'\r' || b == (byte)'\n' || b == (byte)' ' || b == (byte)'\t') && (_expectIsa || b != _e);

    private Status TryParse(out X12Segment? segment)
    {
        segment = null;
        if (_atStreamStart)
        {
            if (_end - _start < 3 && !_eof)
            {
                return Status.NeedMore;
            }

            if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
            {
                _start += 3;
            }

            _atStreamStart = false;
        }

        while (_start < _end && IsSkippable(_buffer[_start]))
        {
            _start++;
        }

        if (_start == _end)
        {
            return _eof ? Status.End : Status.NeedMore;
        }

        var available = _end - _start;
        if (!_expectIsa && available >= 4 && LooksLikeIsa(_buffer.AsSpan(_start, 4)))
        {
            // A new ISA although the previous interchange was not closed: re-detect its delimiters; the reader reports the missing IEA.
            _expectIsa = true;
        }

        if (_expectIsa)
        {
            if (available < IsaLength && !_eof)
            {
                return Status.NeedMore;
            }

            segment = ParseIsa(_buffer.AsSpan(_start, Math.Min(available, IsaLength)));
            _start += IsaLength;
            _expectIsa = false;
            return Status.Segment;
        }

        var span = _buffer.AsSpan(_start, available);
        var idx = span.IndexOf(_s);
        int consumed;
        if (idx < 0)
        {
            if (available > _maxSegmentLength)
            {
                throw Error(string.Empty, null, $"no segment terminator '{Show(_s)}' within {_maxSegmentLength} bytes (the maximum segment length); the input is not X12 with the delimiters its ISA declares");
            }

            if (!_eof)
            {
                return Status.NeedMore;
            }

            // The last segment of a file may lack its terminator (e.g. a LF terminator without a final LF).
            idx = available;
            consumed = available;
        }
        else
        {
            if (idx > _maxSegmentLength)
            {
                throw Error(string.Empty, null, $"segment is {idx} bytes long, more than the maximum segment length {_maxSegmentLength}");
            }

            consumed = idx + 1;
        }

        var body = span[..idx];
        if (_s == (byte)'\n' && body.Length > 0 && body[^1] == (byte)'\r' && _e != (byte)'\r')
        {
            body = body[..^1];
        }

        segment = ParseSegment(body);
        _start += consumed;
        if (segment.Id == "IEA")
        {
            _expectIsa = true;
        }

        return Status.Segment;
    }

    private static bool LooksLikeIsa(ReadOnlySpan<byte> b) =>
        b[0] == (byte)'I' && b[1] == (byte)'S' && b[2] == (byte)'A' && b[3] < 0x80 && !char.IsAsciiLetterOrDigit((char)b[3]) && b[3] != (byte)' ';

    private X12Segment ParseIsa(ReadOnlySpan<byte> isa)
    {
        var offset = _bufferOffset + _start;
        if (isa.Length < 3 || isa[0] != (byte)'I' || isa[1] != (byte)'S' || isa[2] != (byte)'A')
        {
            var found = Encoding.ASCII.GetString(isa[..Math.Min(isa.Length, 20)]);
            throw Error("ISA", null, $"expected an interchange header 'ISA' but found '{Escape(found)}'", "024", offset);
        }

        var e = isa.Length > 3 ? isa[3] : (byte)0;
        for (var i = 0; i < IsaLength; i++)
        {
            if (i >= isa.Length)
            {
                throw Error("ISA", FieldAt(i), $"the input ends after {isa.Length} characters of the ISA segment; an ISA is exactly {IsaLength} characters", "023", offset);
            }

            var b = isa[i];
            if (b >= 0x80)
            {
                if (i == IsaLength - 1)
                {
                    throw Error("ISA", 16, $"the segment terminator (ISA character {IsaLength}) is the non-ASCII byte 0x{b:X2}; X12 delimiters must be single-byte ASCII characters", "024", offset);
                }

                throw Error("ISA", FieldAt(i), $"ISA{FieldAt(i):00} contains the non-ASCII byte 0x{b:X2} at ISA character {i + 1}; the ISA must be exactly {IsaLength} single-byte characters (fixed-width fields padded with ASCII spaces)", "024", offset);
            }

            var sep = Array.IndexOf(IsaSeparators, i);
            if (sep >= 0 && b != e)
            {
                throw Error("ISA", sep + 1, $"the ISA is not fixed-width: expected the element separator '{Show(e)}' before ISA{sep + 1:00} at ISA character {i + 1} but found '{Show(b)}'; ISA fields have fixed widths (ISA02/ISA04 10, ISA06/ISA08 15 characters) and the ISA is exactly {IsaLength} characters", "024", offset);
            }
        }

        var c = isa[104];
        var s = isa[105];
        if (char.IsAsciiLetterOrDigit((char)e) || e == (byte)' ')
        {
            throw Error("ISA", null, $"the element separator '{Show(e)}' (ISA character 4) must be a special character", "026", offset);
        }

        if (char.IsAsciiLetterOrDigit((char)s) || s == (byte)' ' || s == e || s == c)
        {
            throw Error("ISA", 16, $"the segment terminator '{Show(s)}' (ISA character {IsaLength}) must be a special character distinct from the element separator '{Show(e)}' and the component separator '{Show(c)}'", "024", offset);
        }

        if (char.IsAsciiLetterOrDigit((char)c) || c == (byte)' ' || c == e)
        {
            throw Error("ISA", 16, $"the component separator '{Show(c)}' (ISA16) must be a special character distinct from the element separator", "027", offset);
        }

        var elements = new X12Element[16];
        for (var f = 0; f < 16; f++)
        {
            var text = Encoding.ASCII.GetString(isa.Slice(IsaSeparators[f] + 1, IsaWidths[f]));
            elements[f] = text.Length == 0 ? X12Element.Empty : new X12Element(text);
        }

        // ISA11 is the repetition separator from version 00402 on, but only when it is a special character:
        // some senders keep 'U' there, which must then not split values.
        var r = isa[82];
        var version = int.TryParse(elements[11].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        _r = version >= 402 && !char.IsAsciiLetterOrDigit((char)r) && r != (byte)' ' && r != e && r != c && r != s ? r : -1;
        _e = e;
        _c = c;
        _s = s;
        Delimiters = new X12Delimiters((char)e, (char)c, _r >= 0 ? (char)_r : null, (char)s);
        _position++;
        return new X12Segment("ISA", elements) { Position = _position, Offset = offset };
    }

    private static int FieldAt(int index)
    {
        for (var f = IsaSeparators.Length - 1; f >= 0; f--)
        {
            if (index > IsaSeparators[f])
            {
                return f + 1;
            }
        }

        return 1;
    }

    private X12Segment ParseSegment(ReadOnlySpan<byte> body)
    {
        var offset = _bufferOffset + _start;
        var first = body.IndexOf(_e);
        var idBytes = first < 0 ? body : body[..first];
        var id = SegmentId(idBytes, offset);
        if (first < 0)
        {
            _position++;
            return new X12Segment(id, Array.Empty<X12Element>()) { Position = _position, Offset = offset };
        }

        var rest = body[(first + 1)..];
        var count = rest.Count(_e) + 1;
        var elements = new X12Element[count];
        for (var i = 0; i < count; i++)
        {
            var next = rest.IndexOf(_e);
            var value = next < 0 ? rest : rest[..next];
            elements[i] = ParseElement(value);
            rest = next < 0 ? [] : rest[(next + 1)..];
        }

        _position++;
        return new X12Segment(id, elements) { Position = _position, Offset = offset };
    }

    private X12Element ParseElement(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return X12Element.Empty;
        }

        var hasRep = _r >= 0 && value.Contains((byte)_r);
        if (!hasRep && !value.Contains(_c))
        {
            return new X12Element(Decode(value));
        }

        var reps = new List<string[]>();
        var remaining = value;
        while (true)
        {
            var cut = hasRep ? remaining.IndexOf((byte)_r) : -1;
            var rep = cut < 0 ? remaining : remaining[..cut];
            var components = new string[rep.Count(_c) + 1];
            var part = rep;
            for (var k = 0; k < components.Length; k++)
            {
                var cc = part.IndexOf(_c);
                components[k] = Decode(cc < 0 ? part : part[..cc]);
                part = cc < 0 ? [] : part[(cc + 1)..];
            }

            reps.Add(components);
            if (cut < 0)
            {
                break;
            }

            remaining = remaining[(cut + 1)..];
        }

        return new X12Element(reps);
    }

    private static string Decode(ReadOnlySpan<byte> bytes) => bytes.IsEmpty ? string.Empty : Encoding.UTF8.GetString(bytes);

    private string SegmentId(ReadOnlySpan<byte> bytes, long offset)
    {
        var ok = bytes.Length is >= 2 and <= 3;
        var key = 0;
        for (var i = 0; ok && i < bytes.Length; i++)
        {
            var b = bytes[i];
            ok = b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9';
            key = (key << 8) | b;
        }

        if (!ok)
        {
            _position++;
            var shown = Escape(Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 30)]));
            var position = _position;
            _position--;
            throw new X12ParseException(new X12Issue
            {
                Level = X12IssueLevel.Interchange,
                Severity = X12IssueSeverity.Error,
                Position = position,
                Offset = offset,
                SegmentId = string.Empty,
                Code = "024",
                Message = $"'{shown}' is not a segment id (2 or 3 upper-case letters or digits before the element separator '{Show(_e)}'); check the segment terminator '{Show(_s)}' declared by the ISA",
            });
        }

        if (!_ids.TryGetValue(key, out var id))
        {
            id = Encoding.ASCII.GetString(bytes);
            _ids[key] = id;
        }

        return id;
    }

    private X12ParseException Error(string segmentId, int? element, string message, string code = "024", long? offset = null) =>
        new(new X12Issue
        {
            Level = X12IssueLevel.Interchange,
            Severity = X12IssueSeverity.Error,
            Position = _position + 1,
            Offset = offset ?? _bufferOffset + _start,
            SegmentId = segmentId,
            ElementIndex = element,
            Code = code,
            Message = message,
        });

    internal static string Show(byte b) => b is >= 0x21 and < 0x7F ? ((char)b).ToString() : $"0x{b:X2}";

    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            sb.Append(ch is >= ' ' and < (char)0x7F ? ch.ToString() : $"\\x{(int)ch:X2}");
        }

        return sb.ToString();
    }
}
