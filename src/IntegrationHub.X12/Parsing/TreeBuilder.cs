using IntegrationHub.X12.Model;
using IntegrationHub.X12.Specs;

namespace IntegrationHub.X12.Parsing;

/// <summary>
/// Places the segments of one transaction set into loops following the set's spec, and checks segment and element
/// rules. Never throws on content: problems become issues (warnings for unknown or surplus segments, errors for
/// missing mandatory segments or elements and malformed values). Sets without a spec keep a flat body.
/// </summary>
internal sealed class TreeBuilder
{
    private readonly X12TransactionSetSpec? _spec;
    private readonly X12Loop _body;
    private readonly List<Frame> _stack = [];
    private readonly List<X12Issue> _issues;
    private readonly long _stPosition;
    private readonly bool _validate;
    private X12Segment? _last;

    public TreeBuilder(string setId, long stPosition, List<X12Issue> issues, bool validate)
    {
        _issues = issues;
        _stPosition = stPosition;
        _validate = validate;
        _body = new X12Loop(setId);
        if (X12Specs.TryGetTransactionSet(setId, out var spec))
        {
            _spec = spec;
            _stack.Add(new Frame(spec.Body, _body, 0));
        }
    }

    public X12Loop Body => _body;

    public void Add(X12Segment segment)
    {
        _last = segment;
        if (_validate)
        {
            ValidateElements(segment, CurrentLoopId());
        }

        if (_spec is null)
        {
            _body.Children.Add(segment);
            return;
        }

        if (TryPlace(segment, forwardOnly: true) || TryPlace(segment, forwardOnly: false))
        {
            return;
        }

        var top = _stack[^1];
        top.Node.Children.Add(segment);
        if (_validate)
        {
            Report(segment, X12IssueSeverity.Warning, "2", $"segment {segment.Id} is not defined at this position of transaction set {_spec.Id}{(_stack.Count > 1 ? $" (in {top.Spec.Id})" : string.Empty)}; kept as-is");
        }
    }

    public X12Loop Complete(X12Segment? trailer)
    {
        while (_stack.Count > 0)
        {
            Close(_stack[^1], trailer);
            _stack.RemoveAt(_stack.Count - 1);
        }

        if (_spec is { NestHierarchicalLoops: true })
        {
            NestHierarchy();
        }

        return _body;
    }

    private bool TryPlace(X12Segment segment, bool forwardOnly)
    {
        for (var d = _stack.Count - 1; d >= 0; d--)
        {
            var frame = _stack[d];
            var entries = frame.Spec.Entries;
            var from = forwardOnly ? frame.Cursor : 0;

            // The first entry of a nested loop is its own start segment: seeing it again starts a new occurrence in the parent.
            if (d > 0 && from == 0)
            {
                from = 1;
            }

            for (var i = from; i < entries.Count; i++)
            {
                if (entries[i].StartSegmentId != segment.Id)
                {
                    continue;
                }

                while (_stack.Count - 1 > d)
                {
                    Close(_stack[^1], segment);
                    _stack.RemoveAt(_stack.Count - 1);
                }

                if (forwardOnly)
                {
                    MarkSkipped(frame, i, segment);
                    frame.Cursor = i;
                }

                frame.Counts[i]++;
                var entry = entries[i];
                if (frame.Counts[i] > entry.MaxUse && _validate)
                {
                    var loop = entry is X12LoopSpec;
                    Report(segment, X12IssueSeverity.Warning, loop ? "4" : "5", loop
                        ? $"loop {entry.Id} occurs {frame.Counts[i]} times, more than its maximum {entry.MaxUse}"
                        : $"segment {entry.Id} occurs {frame.Counts[i]} times in {frame.Spec.Id}, more than its maximum use {entry.MaxUse}");
                }

                if (entry is X12LoopSpec loopSpec)
                {
                    var node = new X12Loop(loopSpec.Id);
                    node.Children.Add(segment);
                    frame.Node.Children.Add(node);
                    var child = new Frame(loopSpec, node, 1);
                    child.Counts[0] = 1;
                    _stack.Add(child);
                }
                else
                {
                    frame.Node.Children.Add(segment);
                }

                return true;
            }
        }

        return false;
    }

    // A mandatory entry that is passed over is remembered with the segment where it was due; it is reported when
    // the loop closes and it still never occurred (segments may arrive slightly out of order).
    private static void MarkSkipped(Frame frame, int upTo, X12Segment at)
    {
        for (var i = 0; i < upTo; i++)
        {
            if (frame.Spec.Entries[i].MinUse > 0 && frame.Counts[i] == 0)
            {
                frame.Due[i] ??= at;
            }
        }
    }

    private void Close(Frame frame, X12Segment? next)
    {
        if (!_validate)
        {
            return;
        }

        for (var i = 0; i < frame.Spec.Entries.Count; i++)
        {
            var entry = frame.Spec.Entries[i];
            if (entry.MinUse > 0 && frame.Counts[i] == 0)
            {
                var at = frame.Due[i] ?? next ?? _last;
                _issues.Add(new X12Issue
                {
                    Level = X12IssueLevel.Segment,
                    Severity = X12IssueSeverity.Error,
                    Position = at?.Position ?? _stPosition,
                    Offset = at?.Offset ?? 0,
                    SegmentId = entry.StartSegmentId,
                    SetPosition = (at?.Position ?? _stPosition) - _stPosition + 1,
                    LoopId = frame == _stack[0] ? null : frame.Spec.StartSegmentId,
                    Code = "3",
                    Message = entry is X12LoopSpec
                        ? $"mandatory loop {entry.Id} (starting with {entry.StartSegmentId}) is missing in {frame.Spec.Id}"
                        : $"mandatory segment {entry.Id} is missing in {frame.Spec.Id}",
                });
            }
        }
    }

    private void NestHierarchy()
    {
        var byId = new Dictionary<string, X12Loop>(StringComparer.Ordinal);
        var roots = _body.Children.ToList();
        foreach (var node in roots)
        {
            if (node is not X12Loop { Id: "HLLoop" } loop || loop.Children.Count == 0 || loop.Children[0] is not X12Segment hl)
            {
                continue;
            }

            var id = hl.GetValue(1);
            var parent = hl.GetValue(2);
            if (parent.Length > 0)
            {
                if (byId.TryGetValue(parent, out var parentLoop))
                {
                    _body.Children.Remove(loop);
                    parentLoop.Children.Add(loop);
                }
                else if (_validate)
                {
                    _issues.Add(new X12Issue
                    {
                        Level = X12IssueLevel.Element,
                        Severity = X12IssueSeverity.Error,
                        Position = hl.Position,
                        Offset = hl.Offset,
                        SegmentId = "HL",
                        ElementIndex = 2,
                        SetPosition = hl.Position - _stPosition + 1,
                        LoopId = "HL",
                        Code = "7",
                        BadValue = parent,
                        Message = $"HL02 parent id '{parent}' does not match the HL01 of an earlier HL segment; the level is kept at the top of the hierarchy",
                    });
                }
            }

            if (id.Length > 0 && !byId.TryAdd(id, loop) && _validate)
            {
                _issues.Add(new X12Issue
                {
                    Level = X12IssueLevel.Element,
                    Severity = X12IssueSeverity.Error,
                    Position = hl.Position,
                    Offset = hl.Offset,
                    SegmentId = "HL",
                    ElementIndex = 1,
                    SetPosition = hl.Position - _stPosition + 1,
                    LoopId = "HL",
                    Code = "7",
                    BadValue = id,
                    Message = $"HL01 id '{id}' is used by an earlier HL segment",
                });
            }
        }
    }

    private string? CurrentLoopId() => _stack.Count > 1 ? _stack[^1].Spec.StartSegmentId : null;

    private void ValidateElements(X12Segment segment, string? loopId)
    {
        if (!X12Specs.TryGetSegment(segment.Id, out var spec))
        {
            return;
        }

        for (var n = 1; n <= spec.Elements.Count; n++)
        {
            var rule = spec.Elements[n - 1];
            var element = segment[n];
            if (element.IsEmpty)
            {
                if (rule.Required)
                {
                    ReportElement(segment, n, "1", null, $"mandatory element {segment.Designator(n)} ({rule.Name}) is missing", loopId);
                }

                continue;
            }

            if (element.IsComposite || element.IsRepeated)
            {
                ReportElement(segment, n, "6", element.ToString(), $"element {segment.Designator(n)} ({rule.Name}) is a simple element but has components or repetitions", loopId);
                continue;
            }

            var problem = X12ValueRules.Check(rule, element.Value);
            if (problem is not null)
            {
                ReportElement(segment, n, problem.Value.Code, element.Value, $"element {segment.Designator(n)} ({rule.Name}) value '{element.Value}' {problem.Value.Message}", loopId);
            }
        }
    }

    private void ReportElement(X12Segment segment, int n, string code, string? bad, string message, string? loopId) =>
        _issues.Add(new X12Issue
        {
            Level = X12IssueLevel.Element,
            Severity = X12IssueSeverity.Error,
            Position = segment.Position,
            Offset = segment.Offset,
            SegmentId = segment.Id,
            ElementIndex = n,
            SetPosition = segment.Position - _stPosition + 1,
            LoopId = loopId,
            Code = code,
            BadValue = bad,
            Message = message,
        });

    private void Report(X12Segment segment, X12IssueSeverity severity, string code, string message) =>
        _issues.Add(new X12Issue
        {
            Level = X12IssueLevel.Segment,
            Severity = severity,
            Position = segment.Position,
            Offset = segment.Offset,
            SegmentId = segment.Id,
            SetPosition = segment.Position - _stPosition + 1,
            LoopId = CurrentLoopId(),
            Code = code,
            Message = message,
        });

    private sealed class Frame(X12LoopSpec spec, X12Loop node, int cursor)
    {
        public X12LoopSpec Spec { get; } = spec;

        public X12Loop Node { get; } = node;

        public int Cursor { get; set; } = cursor;

        public int[] Counts { get; } = new int[spec.Entries.Count];

        public X12Segment?[] Due { get; } = new X12Segment?[spec.Entries.Count];
    }
}
