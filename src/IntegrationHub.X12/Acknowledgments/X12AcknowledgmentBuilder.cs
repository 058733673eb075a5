using System.Globalization;
using IntegrationHub.X12.Model;

namespace IntegrationHub.X12.Acknowledgments;

/// <summary>
/// Builds the 997 or 999 for a received functional group from what the reader found: AK1, one AK2 loop per set with
/// AK3/AK4 (997) or IK3/IK4 (999) per segment in error, AK5/IK5 (A accepted, E accepted with errors, R rejected) and AK9
/// (A, E, P partially accepted, R) with the X12 error codes.
/// </summary>
public static class X12AcknowledgmentBuilder
{
    /// <summary>The acknowledgment usual for a group version: 999 from 005010 on, else 997.</summary>
    /// <param name="groupVersion">GS08.</param>
    /// <returns>The type.</returns>
    public static X12AcknowledgmentType ForVersion(string groupVersion) =>
        groupVersion is not null && string.CompareOrdinal(groupVersion.Length >= 6 ? groupVersion[..6] : groupVersion, "005010") >= 0
            ? X12AcknowledgmentType.Implementation999
            : X12AcknowledgmentType.Functional997;

    /// <summary>Builds the acknowledgment set of a group (ST02 and SE are set; the generator renumbers ST02).</summary>
    /// <param name="group">The group as read (summaries and issues; sets need not be kept).</param>
    /// <param name="type">997, 999, or <see cref="X12AcknowledgmentType.ByVersion"/> to choose by GS08.</param>
    /// <param name="controlNumber">ST02 of the acknowledgment.</param>
    /// <returns>The acknowledgment transaction set.</returns>
    public static X12TransactionSet Build(X12FunctionalGroup group, X12AcknowledgmentType type, string controlNumber = "0001")
    {
        ArgumentNullException.ThrowIfNull(group);
        if (type == X12AcknowledgmentType.None)
        {
            throw new ArgumentException("Choose 997 or 999.", nameof(type));
        }

        if (type == X12AcknowledgmentType.ByVersion)
        {
            type = ForVersion(group.Version);
        }

        var is999 = type == X12AcknowledgmentType.Implementation999;
        var setId = is999 ? "999" : "997";
        var st = is999 ? new X12Segment("ST", setId, controlNumber, "005010X231") : new X12Segment("ST", setId, controlNumber);
        var body = new X12Loop(setId);
        var withVersion = is999 || group.Version.StartsWith("005", StringComparison.Ordinal);
        body.Children.Add(withVersion
            ? new X12Segment("AK1", group.FunctionalId, group.ControlNumber, group.Version)
            : new X12Segment("AK1", group.FunctionalId, group.ControlNumber));

        var accepted = 0;
        var withErrors = false;
        foreach (var set in group.SetSummaries)
        {
            var loop = new X12Loop("AK2Loop");
            loop.Children.Add(is999 && set.ImplementationReference.Length > 0
                ? new X12Segment("AK2", set.Id, set.ControlNumber, set.ImplementationReference)
                : new X12Segment("AK2", set.Id, set.ControlNumber));
            var segmentIssues = set.Issues.Where(i => i.Level is X12IssueLevel.Segment or X12IssueLevel.Element)
                .GroupBy(i => (i.Position, i.SegmentId))
                .OrderBy(g => g.Key.Position)
                .Take(999);
            var segmentsInError = false;
            foreach (var seg in segmentIssues)
            {
                var segLevel = seg.FirstOrDefault(i => i.Level == X12IssueLevel.Segment);
                var first = seg.First();
                segmentsInError |= seg.Any(i => i.Severity == X12IssueSeverity.Error);
                var ak3 = new X12Loop(is999 ? "IK3Loop" : "AK3Loop");
                ak3.Children.Add(new X12Segment(is999 ? "IK3" : "AK3", Safe(first.SegmentId, 3), (first.SetPosition ?? 0).ToString(CultureInfo.InvariantCulture), Safe(first.LoopId ?? string.Empty, 4), segLevel?.Code ?? "8"));
                foreach (var e in seg.Where(i => i.Level == X12IssueLevel.Element).Take(99))
                {
                    var position = e.ComponentIndex is { } c
                        ? new X12Element([[e.ElementIndex!.Value.ToString(CultureInfo.InvariantCulture), c.ToString(CultureInfo.InvariantCulture)]])
                        : new X12Element(e.ElementIndex!.Value.ToString(CultureInfo.InvariantCulture));
                    X12Element[] elements = e.BadValue is { Length: > 0 } b
                        ? [position, X12Element.Empty, new X12Element(e.Code), new X12Element(Safe(b, 99))]
                        : [position, X12Element.Empty, new X12Element(e.Code)];
                    X12Node ak4 = new X12Segment(is999 ? "IK4" : "AK4", elements);
                    if (is999)
                    {
                        var ik4 = new X12Loop("IK4Loop");
                        ik4.Children.Add(ak4);
                        ak4 = ik4;
                    }

                    ak3.Children.Add(ak4);
                }

                loop.Children.Add(ak3);
            }

            var codes = set.Issues.Where(i => i.Level == X12IssueLevel.TransactionSet).Select(i => i.Code).ToList();
            if (segmentsInError)
            {
                codes.Add("5");
            }

            var status = set.IsRejected ? "R" : set.Issues.Count > 0 ? "E" : "A";
            if (!set.IsRejected)
            {
                accepted++;
                withErrors |= status == "E";
            }

            loop.Children.Add(new X12Segment(is999 ? "IK5" : "AK5", [new X12Element(status), .. codes.Distinct().Take(5).Select(c => new X12Element(c))]));
            body.Children.Add(loop);
        }

        var groupCodes = group.Issues.Where(i => i.Severity == X12IssueSeverity.Error).Select(i => i.Code).Distinct().Take(5).ToList();
        var received = group.SetSummaries.Count;
        var ak9 = groupCodes.Count > 0 || (received > 0 && accepted == 0) ? "R"
            : accepted < received ? "P"
            : withErrors ? "E"
            : "A";
        if (groupCodes.Count > 0)
        {
            accepted = 0;
        }

        var included = group.Trailer is not null && int.TryParse(group.Trailer.GetValue(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : received;
        body.Children.Add(new X12Segment("AK9", [
            new X12Element(ak9),
            new X12Element(included.ToString(CultureInfo.InvariantCulture)),
            new X12Element(received.ToString(CultureInfo.InvariantCulture)),
            new X12Element(accepted.ToString(CultureInfo.InvariantCulture)),
            .. groupCodes.Select(c => new X12Element(c)),
        ]));

        var count = body.DescendantSegments().Count() + 2;
        return new X12TransactionSet(st, body, new X12Segment("SE", count.ToString(CultureInfo.InvariantCulture), controlNumber));
    }

    // Copies of bad data must not carry delimiters or control characters into the acknowledgment.
    private static string Safe(string value, int max)
    {
        var clean = new string(value.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is ' ' or '.' or '-' or '/' or '#' or ',' ? ch : '?').ToArray());
        return clean.Length > max ? clean[..max] : clean;
    }
}
