using System.Globalization;
using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Parsing;

/// <summary>
/// Streaming X12 reader: reads interchanges, groups and transaction sets one at a time with bounded memory
/// (one transaction set at most) and checks the envelopes: ISA13/IEA02, IEA01, GS06/GE02, GE01, ST02/SE02, SE01.
/// </summary>
/// <example>
/// <code>
/// using var reader = new X12Reader(stream);
/// while (await reader.ReadAsync(ct))
///     if (reader.Kind == X12ReaderItemKind.TransactionSet) Handle(reader.TransactionSet!);
/// </code>
/// </example>
public sealed class X12Reader : IDisposable
{
    private static readonly HashSet<string> InterchangeLevel = ["TA1", "ISB", "ISE", "ISX"];
    private readonly SegmentTokenizer _tokenizer;
    private readonly X12ReaderOptions _options;
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Queue<Item> _pending = new();
    private X12Interchange? _interchange;
    private X12FunctionalGroup? _group;
    private SetState? _set;
    private bool _ended;

    /// <summary>Initializes a reader over a stream.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="options">Options; <see langword="null"/> for defaults.</param>
    /// <param name="leaveOpen">Whether the stream stays open when the reader is disposed.</param>
    public X12Reader(Stream stream, X12ReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _options = options ?? new X12ReaderOptions();
        if (_options.MaxSegmentLength < SegmentTokenizer.IsaLength)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxSegmentLength must be at least 106 bytes.");
        }

        _stream = stream;
        _leaveOpen = leaveOpen;
        _tokenizer = new SegmentTokenizer(stream, _options.MaxSegmentLength, _options.BufferSize);
    }

    /// <summary>Gets what was read last.</summary>
    public X12ReaderItemKind Kind { get; private set; }

    /// <summary>Gets the current interchange.</summary>
    public X12Interchange? Interchange { get; private set; }

    /// <summary>Gets the current functional group.</summary>
    public X12FunctionalGroup? Group { get; private set; }

    /// <summary>Gets the transaction set just read (when <see cref="Kind"/> is <see cref="X12ReaderItemKind.TransactionSet"/>).</summary>
    public X12TransactionSet? TransactionSet { get; private set; }

    /// <summary>Gets the service segment just read (when <see cref="Kind"/> is <see cref="X12ReaderItemKind.ServiceSegment"/>).</summary>
    public X12Segment? Segment { get; private set; }

    /// <summary>Gets the number of bytes consumed so far.</summary>
    public long BytesConsumed => _tokenizer.Consumed;

    /// <summary>Reads the next item.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="X12ParseException">The input is malformed.</exception>
    public bool Read()
    {
        while (_pending.Count == 0)
        {
            if (_ended)
            {
                return false;
            }

            Handle(_tokenizer.Next());
        }

        return Emit();
    }

    /// <summary>Reads the next item.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="X12ParseException">The input is malformed.</exception>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (_pending.Count == 0)
        {
            if (_ended)
            {
                return false;
            }

            cancellationToken.ThrowIfCancellationRequested();
            Handle(await _tokenizer.NextAsync(cancellationToken).ConfigureAwait(false));
        }

        return Emit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _tokenizer.Dispose();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    internal static bool SameControlNumber(string a, string b)
    {
        a = a.Trim();
        b = b.Trim();
        if (a.Length > 0 && b.Length > 0 && !a.AsSpan().ContainsAnyExceptInRange('0', '9') && !b.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return a.TrimStart('0') == b.TrimStart('0');
        }

        return a == b;
    }

    private bool Emit()
    {
        var item = _pending.Dequeue();
        Kind = item.Kind;
        Interchange = item.Interchange;
        Group = item.Group;
        TransactionSet = item.Set;
        Segment = item.Segment;
        return true;
    }

    private void Handle(X12Segment? segment)
    {
        if (segment is null)
        {
            _ended = true;
            if (_interchange is not null)
            {
                var at = _tokenizer.LastPosition;
                var issue = Issue(X12IssueLevel.Interchange, null, "023", $"the input ends inside interchange {_interchange.ControlNumber.Trim()} before its IEA trailer" + Open(), at + 1, _tokenizer.Consumed);
                CloseSet(null, issue.Message);
                CloseGroup(null, issue.Message);
                Report(issue, _interchange.Issues);
                CloseInterchange();
            }

            return;
        }

        switch (segment.Id)
        {
            case "ISA":
                if (_interchange is not null)
                {
                    var issue = Issue(X12IssueLevel.Interchange, segment, "023", $"a new ISA starts before interchange {_interchange.ControlNumber.Trim()} was closed by an IEA" + Open());
                    CloseSet(segment, issue.Message);
                    CloseGroup(segment, issue.Message);
                    Report(issue, _interchange.Issues);
                    CloseInterchange();
                }

                _interchange = new X12Interchange(segment, _tokenizer.Delimiters!);
                Enqueue(X12ReaderItemKind.InterchangeStart);
                return;
            case "IEA":
                OnIea(segment);
                return;
            case "GS":
                CloseSet(segment, "a GS starts a new group");
                CloseGroup(segment, "a GS starts a new group");
                _group = new X12FunctionalGroup(segment);
                Enqueue(X12ReaderItemKind.GroupStart);
                return;
            case "GE":
                OnGe(segment);
                return;
            case "ST":
                CloseSet(segment, "a new ST starts");
                if (_group is null)
                {
                    Report(Issue(X12IssueLevel.Interchange, segment, "024", "ST segment cannot appear outside of a functional group (GS..GE)"), _interchange!.Issues);
                }

                var issues = new List<X12Issue>();
                _set = new SetState(segment, new TreeBuilder(segment.GetValue(1), segment.Position, issues, _options.ValidateSyntax), issues);
                return;
            case "SE":
                OnSe(segment);
                return;
            default:
                break;
        }

        if (_set is not null)
        {
            _set.Count++;
            _set.Builder.Add(segment);
        }
        else if (_group is not null)
        {
            Report(Issue(X12IssueLevel.Group, segment, "6", $"{segment.Id} segment cannot appear between transaction sets (outside ST..SE)"), _group.Issues);
        }
        else if (InterchangeLevel.Contains(segment.Id))
        {
            _interchange!.ServiceSegments.Add(segment);
            Enqueue(X12ReaderItemKind.ServiceSegment, segment: segment);
        }
        else
        {
            Report(Issue(X12IssueLevel.Interchange, segment, "024", $"{segment.Id} segment cannot appear outside of a functional group; only TA1, ISB and ISE may"), _interchange!.Issues);
        }
    }

    private string Open() =>
        (_group is not null ? $"; group {_group.ControlNumber} has no GE" : string.Empty)
        + (_set is not null ? $"; transaction set {_set.Header.GetValue(2)} has no SE" : string.Empty);

    private void OnSe(X12Segment se)
    {
        if (_set is null)
        {
            var target = _group?.Issues ?? _interchange!.Issues;
            Report(Issue(_group is null ? X12IssueLevel.Interchange : X12IssueLevel.Group, se, "6", "SE segment without a preceding ST"), target);
            return;
        }

        var set = _set;
        set.Count++;
        var counted = set.Count + 1;
        var declared = se.GetValue(1);
        if (!int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != counted)
        {
            Report(Issue(X12IssueLevel.TransactionSet, se, "4", $"the value in SE01 ({declared}) does not match the number of segments in the transaction set ({counted}, ST to SE inclusive)", element: 1), set.Issues);
        }

        if (!SameControlNumber(se.GetValue(2), set.Header.GetValue(2)))
        {
            Report(Issue(X12IssueLevel.TransactionSet, se, "3", $"the value in SE02 ({se.GetValue(2)}) does not match the value in ST02 ({set.Header.GetValue(2)})", element: 2), set.Issues);
        }

        FinishSet(se);
    }

    private void OnGe(X12Segment ge)
    {
        CloseSet(ge, "GE closes the group");
        if (_group is null)
        {
            Report(Issue(X12IssueLevel.Interchange, ge, "024", "GE segment without a preceding GS"), _interchange!.Issues);
            return;
        }

        var group = _group;
        var declared = ge.GetValue(1);
        if (!int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != group.SetSummaries.Count)
        {
            Report(Issue(X12IssueLevel.Group, ge, "5", $"the value in GE01 ({declared}) does not match the number of transaction sets in the group ({group.SetSummaries.Count})", element: 1), group.Issues);
        }

        if (!SameControlNumber(ge.GetValue(2), group.ControlNumber))
        {
            Report(Issue(X12IssueLevel.Group, ge, "4", $"the value in GE02 ({ge.GetValue(2)}) does not match the value in GS06 ({group.ControlNumber})", element: 2), group.Issues);
        }

        group.Trailer = ge;
        _group = null;
        Enqueue(X12ReaderItemKind.GroupEnd, group: group);
    }

    private void OnIea(X12Segment iea)
    {
        CloseSet(iea, "IEA closes the interchange");
        CloseGroup(iea, "IEA closes the interchange");
        var interchange = _interchange!;
        var declared = iea.GetValue(1);
        if (!int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n != interchange.Groups.Count)
        {
            var extra = interchange.Groups.Count == 0 && interchange.ServiceSegments.Count > 0 ? " (an interchange of only TA1/ISB/ISE segments has IEA01 = 0)" : string.Empty;
            Report(Issue(X12IssueLevel.Interchange, iea, "021", $"the value in IEA01 ({declared}) does not match the number of functional groups in the interchange ({interchange.Groups.Count}){extra}", element: 1), interchange.Issues);
        }

        if (!SameControlNumber(iea.GetValue(2), interchange.ControlNumber))
        {
            Report(Issue(X12IssueLevel.Interchange, iea, "001", $"the value in IEA02 ({iea.GetValue(2)}) does not match the value in ISA13 ({interchange.ControlNumber})", element: 2), interchange.Issues);
        }

        interchange.Trailer = iea;
        CloseInterchange();
    }

    private void CloseSet(X12Segment? at, string reason)
    {
        if (_set is null)
        {
            return;
        }

        Report(Issue(X12IssueLevel.TransactionSet, at, "2", $"transaction set {_set.Header.GetValue(1)} {_set.Header.GetValue(2)} (segment {_set.Header.Position}) has no SE trailer: {reason}", position: at?.Position ?? _tokenizer.LastPosition + 1), _set.Issues);
        FinishSet(null);
    }

    private void FinishSet(X12Segment? se)
    {
        var set = _set!;
        _set = null;
        var body = set.Builder.Complete(se);
        var ts = new X12TransactionSet(set.Header, body, se)
        {
            InterchangeHeader = _interchange!.Header,
            GroupHeader = _group?.Header,
            Delimiters = _interchange.Delimiters,
            Issues = set.Issues,
        };
        if (_group is not null)
        {
            _group.SetSummaries.Add(new X12TransactionSetSummary(ts.Id, ts.ControlNumber, set.Header.GetValue(3), set.Issues));
            if (_options.KeepTransactionSets)
            {
                _group.TransactionSets.Add(ts);
            }
        }

        Enqueue(X12ReaderItemKind.TransactionSet, set: ts);
    }

    private void CloseGroup(X12Segment? at, string reason)
    {
        if (_group is null)
        {
            return;
        }

        var group = _group;
        Report(Issue(X12IssueLevel.Group, at, "3", $"functional group {group.ControlNumber} (segment {group.Header.Position}) has no GE trailer: {reason}", position: at?.Position ?? _tokenizer.LastPosition + 1), group.Issues);
        _group = null;
        Enqueue(X12ReaderItemKind.GroupEnd, group: group);
    }

    private void CloseInterchange()
    {
        var interchange = _interchange!;
        _interchange = null;
        Enqueue(X12ReaderItemKind.InterchangeEnd, interchange: interchange);
    }

    private void Enqueue(X12ReaderItemKind kind, X12FunctionalGroup? group = null, X12TransactionSet? set = null, X12Segment? segment = null, X12Interchange? interchange = null)
    {
        if (kind == X12ReaderItemKind.GroupStart)
        {
            _interchange!.Groups.Add(_group!);
        }

        _pending.Enqueue(new Item(kind, interchange ?? _interchange, group ?? _group, set, segment));
    }

    private void Report(X12Issue issue, ICollection<X12Issue> target)
    {
        if (_options.ThrowOnEnvelopeErrors && issue.Severity == X12IssueSeverity.Error)
        {
            throw new X12ParseException(issue);
        }

        target.Add(issue);
    }

    private X12Issue Issue(X12IssueLevel level, X12Segment? segment, string code, string message, long? position = null, long? offset = null, int? element = null) => new()
    {
        Level = level,
        Severity = X12IssueSeverity.Error,
        Position = position ?? segment?.Position ?? 0,
        Offset = offset ?? segment?.Offset ?? _tokenizer.Consumed,
        SegmentId = segment?.Id ?? string.Empty,
        ElementIndex = element,
        SetPosition = _set is not null && segment is not null ? segment.Position - _set.Header.Position + 1 : null,
        Code = code,
        Message = message,
    };

    private sealed record Item(X12ReaderItemKind Kind, X12Interchange? Interchange, X12FunctionalGroup? Group, X12TransactionSet? Set, X12Segment? Segment);

    private sealed class SetState(X12Segment header, TreeBuilder builder, List<X12Issue> issues)
    {
        public X12Segment Header { get; } = header;

        public TreeBuilder Builder { get; } = builder;

        public List<X12Issue> Issues { get; } = issues;

        // Segments after ST (body + SE).
        public int Count { get; set; }
    }
}
