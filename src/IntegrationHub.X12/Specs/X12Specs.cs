using System.Collections.Frozen;
using System.Globalization;

namespace IntegrationHub.X12.Specs;

/// <summary>The built-in transaction-set and segment specs: 850, 855, 856, 810, 997, 999 (and the TA1 segment).</summary>
public static class X12Specs
{
    private static readonly FrozenDictionary<string, X12TransactionSetSpec> Sets = new Dictionary<string, X12TransactionSetSpec>
    {
        ["850"] = new("850", "Purchase Order", ParseLoop("850", SpecText.Set850), false),
        ["855"] = new("855", "Purchase Order Acknowledgment", ParseLoop("855", SpecText.Set855), false),
        ["856"] = new("856", "Ship Notice/Manifest", ParseLoop("856", SpecText.Set856), true),
        ["810"] = new("810", "Invoice", ParseLoop("810", SpecText.Set810), false),
        ["997"] = new("997", "Functional Acknowledgment", ParseLoop("997", SpecText.Set997), false),
        ["999"] = new("999", "Implementation Acknowledgment", ParseLoop("999", SpecText.Set999), false),
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, X12SegmentSpec> SegmentSpecs = ParseSegments(SpecText.Segments);

    /// <summary>Gets the specs of every supported transaction set.</summary>
    public static IReadOnlyCollection<X12TransactionSetSpec> TransactionSets => Sets.Values;

    /// <summary>Finds the spec of a transaction set.</summary>
    /// <param name="setId">ST01, e.g. <c>850</c>.</param>
    /// <param name="spec">The spec when found.</param>
    /// <returns><see langword="true"/> when the set is supported.</returns>
    public static bool TryGetTransactionSet(string setId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out X12TransactionSetSpec? spec) =>
        Sets.TryGetValue(setId, out spec);

    /// <summary>Finds the element rules of a segment.</summary>
    /// <param name="segmentId">Segment id, e.g. <c>BEG</c>.</param>
    /// <param name="spec">The spec when known.</param>
    /// <returns><see langword="true"/> when the segment's elements are checked.</returns>
    public static bool TryGetSegment(string segmentId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out X12SegmentSpec? spec) =>
        SegmentSpecs.TryGetValue(segmentId, out spec);

    private static X12LoopSpec ParseLoop(string setId, string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var index = 0;
        var entries = ParseEntries(lines, ref index);
        if (index != lines.Length)
        {
            throw new InvalidOperationException($"Spec {setId}: unbalanced ']' at line {index + 1}.");
        }

        return new X12LoopSpec(setId, 1, 1, entries);
    }

    private static List<X12StructureSpec> ParseEntries(string[] lines, ref int index)
    {
        var entries = new List<X12StructureSpec>();
        while (index < lines.Length)
        {
            var line = lines[index++];
            if (line == "]")
            {
                return entries;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var max = parts[1] == ">1" ? int.MaxValue : int.Parse(parts[1], CultureInfo.InvariantCulture);
            var min = parts.Contains("M") ? 1 : 0;
            if (parts[^1] == "[")
            {
                var children = ParseEntries(lines, ref index);
                entries.Add(new X12LoopSpec(parts[0], min, max, children));
            }
            else
            {
                entries.Add(new X12SegmentUse(parts[0], min, max));
            }
        }

        return entries;
    }

    private static FrozenDictionary<string, X12SegmentSpec> ParseSegments(string text)
    {
        var result = new Dictionary<string, X12SegmentSpec>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var id = line[..eq];
            var name = line[(eq + 1)..bar];
            var elements = line[(bar + 1)..].Split(';').Select(e =>
            {
                var p = e.Split(' ', 5);
                var type = p[1] switch
                {
                    "AN" => X12DataType.String,
                    "ID" => X12DataType.Identifier,
                    "N" => X12DataType.Numeric,
                    "R" => X12DataType.Decimal,
                    "DT" => X12DataType.Date,
                    "TM" => X12DataType.Time,
                    _ => throw new InvalidOperationException($"Spec {id}: unknown type {p[1]}."),
                };
                return new X12ElementSpec(p[0] == "M", type, int.Parse(p[2], CultureInfo.InvariantCulture), int.Parse(p[3], CultureInfo.InvariantCulture), p[4]);
            }).ToArray();
            result[id] = new X12SegmentSpec(id, name, elements);
        }

        return result.ToFrozenDictionary();
    }
}
