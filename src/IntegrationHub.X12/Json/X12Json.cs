using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Specs;

namespace IntegrationHub.X12.Json;

/// <summary>
/// Converts transaction sets to and from the documented JSON form (docs/x12-json.md): segments keyed by element
/// designator, repeatable segments as arrays, loops as <c>&lt;FirstSegmentId&gt;Loop</c> arrays, 856 HL levels nested.
/// </summary>
public static class X12Json
{
    /// <summary>Converts a transaction set to its JSON form.</summary>
    /// <param name="set">The set.</param>
    /// <param name="includeEnvelope">Whether to add <c>"envelope": {"ISA":…, "GS":…}</c> (when the set has them).</param>
    /// <returns>The JSON object.</returns>
    public static JsonObject ToJson(X12TransactionSet set, bool includeEnvelope = true)
    {
        ArgumentNullException.ThrowIfNull(set);
        var o = new JsonObject();
        if (includeEnvelope && (set.InterchangeHeader is not null || set.GroupHeader is not null))
        {
            var env = new JsonObject();
            if (set.InterchangeHeader is not null)
            {
                env["ISA"] = IsaToJson(set.InterchangeHeader);
            }

            if (set.GroupHeader is not null)
            {
                env["GS"] = SegmentToJson(set.GroupHeader);
            }

            o["envelope"] = env;
        }

        o["ST"] = SegmentToJson(set.Header);
        X12Specs.TryGetTransactionSet(set.Id, out var spec);
        WriteLoop(o, set.Body, spec?.Body);
        if (set.Trailer is not null)
        {
            o["SE"] = SegmentToJson(set.Trailer);
        }

        return o;
    }

    /// <summary>Converts interchanges to the interchange JSON form used by <c>hub edi parse --json</c>.</summary>
    /// <param name="interchanges">Interchanges read with their transaction sets kept.</param>
    /// <returns>The JSON object <c>{"interchanges": [...]}</c>.</returns>
    public static JsonObject ToJson(IEnumerable<X12Interchange> interchanges)
    {
        ArgumentNullException.ThrowIfNull(interchanges);
        var list = new JsonArray();
        foreach (var i in interchanges)
        {
            var o = new JsonObject { ["ISA"] = IsaToJson(i.Header) };
            foreach (var g in i.ServiceSegments.GroupBy(s => s.Id))
            {
                o[g.Key] = new JsonArray(g.Select(s => (JsonNode)SegmentToJson(s)).ToArray());
            }

            var groups = new JsonArray();
            foreach (var g in i.Groups)
            {
                var go = new JsonObject
                {
                    ["GS"] = SegmentToJson(g.Header),
                    ["transactionSets"] = new JsonArray(g.TransactionSets.Select(t => (JsonNode)ToJson(t, includeEnvelope: false)).ToArray()),
                };
                if (g.Trailer is not null)
                {
                    go["GE"] = SegmentToJson(g.Trailer);
                }

                var issues = g.Issues.Concat(g.SetSummaries.SelectMany(s => s.Issues)).ToList();
                if (issues.Count > 0)
                {
                    go["issues"] = new JsonArray(issues.Select(x => (JsonNode)JsonValue.Create($"{x.Severity.ToString().ToLowerInvariant()} at {x}")!).ToArray());
                }

                groups.Add(go);
            }

            o["groups"] = groups;
            if (i.Trailer is not null)
            {
                o["IEA"] = SegmentToJson(i.Trailer);
            }

            if (i.Issues.Count > 0)
            {
                o["issues"] = new JsonArray(i.Issues.Select(x => (JsonNode)JsonValue.Create($"{x.Severity.ToString().ToLowerInvariant()} at {x}")!).ToArray());
            }

            list.Add(o);
        }

        return new JsonObject { ["interchanges"] = list };
    }

    /// <summary>Converts one segment to its JSON object (<c>{"BEG01": "00", …}</c>; empty elements omitted).</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The object.</returns>
    public static JsonObject SegmentToJson(X12Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var o = new JsonObject();
        for (var n = 1; n <= segment.Elements.Count; n++)
        {
            var e = segment.Elements[n - 1];
            if (e.IsEmpty)
            {
                continue;
            }

            o[segment.Designator(n)] = ElementToJson(e);
        }

        return o;
    }

    /// <summary>Builds a transaction set from its JSON form (the inverse of <see cref="ToJson(X12TransactionSet, bool)"/>).</summary>
    /// <param name="json">The JSON object.</param>
    /// <returns>The set; SE is taken as given (the generator recomputes it).</returns>
    /// <exception cref="X12JsonException">The JSON is not a valid X12 JSON form.</exception>
    public static X12TransactionSet FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        X12Segment? isa = null, gs = null, st = null, se = null;
        if (json["envelope"] is JsonNode envNode)
        {
            if (envNode is not JsonObject env)
            {
                throw new X12JsonException("$.envelope", "must be an object with ISA and GS");
            }

            isa = env["ISA"] is JsonNode i ? SegmentFromJson("ISA", i, "$.envelope.ISA") : null;
            gs = env["GS"] is JsonNode g ? SegmentFromJson("GS", g, "$.envelope.GS") : null;
        }

        st = json["ST"] is JsonNode stNode ? SegmentFromJson("ST", stNode, "$.ST") : throw new X12JsonException("$.ST", "the ST segment is required");
        if (st.GetValue(1).Length == 0)
        {
            throw new X12JsonException("$.ST.ST01", "the transaction set id is required");
        }

        se = json["SE"] is JsonNode seNode ? SegmentFromJson("SE", seNode, "$.SE") : null;
        var body = new X12Loop(st.GetValue(1));
        ReadLoop(json, body, "$", topLevel: true);
        return new X12TransactionSet(st, body, se) { InterchangeHeader = isa, GroupHeader = gs };
    }

    internal static JsonObject IsaToJson(X12Segment isa)
    {
        var o = new JsonObject();
        for (var n = 1; n <= 16; n++)
        {
            o[isa.Designator(n)] = isa.GetValue(n).TrimEnd();
        }

        return o;
    }

    private static JsonNode ElementToJson(X12Element e)
    {
        if (e.IsRepeated)
        {
            return new JsonArray(e.Repetitions.Select(r => (JsonNode)new JsonArray(r.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray())).ToArray());
        }

        if (e.IsComposite)
        {
            return new JsonArray(e.Components.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray());
        }

        return JsonValue.Create(e.Value)!;
    }

    private static void WriteLoop(JsonObject target, X12Loop loop, X12LoopSpec? spec)
    {
        // Keys in order of first appearance: X12 -> JSON -> X12 keeps the segment order whenever same-id segments are adjacent.
        var order = new List<string>();
        var groups = new Dictionary<string, List<X12Node>>(StringComparer.Ordinal);
        foreach (var child in loop.Children)
        {
            var key = child switch
            {
                X12Segment s => s.Id,
                X12Loop l => l.Id,
                _ => throw new InvalidOperationException("Unknown node type."),
            };
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }

            list.Add(child);
        }

        foreach (var key in order)
        {
            var nodes = groups[key];
            if (nodes[0] is X12Loop)
            {
                var array = new JsonArray();
                foreach (X12Loop child in nodes.Cast<X12Loop>())
                {
                    var childSpec = child.Id == "HLLoop" && spec?.Id == "HLLoop" ? spec : spec?.Entries.OfType<X12LoopSpec>().FirstOrDefault(e => e.Id == child.Id);
                    var o = new JsonObject();
                    WriteLoop(o, child, childSpec);
                    array.Add(o);
                }

                target[key] = array;
                continue;
            }

            var use = spec?.Entries.OfType<X12SegmentUse>().FirstOrDefault(e => e.Id == key);
            if (use is { MaxUse: 1 } && nodes.Count == 1)
            {
                target[key] = SegmentToJson((X12Segment)nodes[0]);
            }
            else
            {
                target[key] = new JsonArray(nodes.Select(n => (JsonNode)SegmentToJson((X12Segment)n)).ToArray());
            }
        }
    }

    private static void ReadLoop(JsonObject source, X12Loop loop, string path, bool topLevel)
    {
        foreach (var (key, value) in source)
        {
            if (topLevel && key is "envelope" or "ST" or "SE")
            {
                continue;
            }

            var p = $"{path}.{key}";
            if (value is null)
            {
                continue;
            }

            if (key.EndsWith("Loop", StringComparison.Ordinal) && IsSegmentId(key[..^4]))
            {
                if (value is not JsonArray items)
                {
                    throw new X12JsonException(p, "a loop must be an array of objects");
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is not JsonObject item)
                    {
                        throw new X12JsonException($"{p}[{i}]", "a loop occurrence must be an object");
                    }

                    var child = new X12Loop(key);
                    ReadLoop(item, child, $"{p}[{i}]", topLevel: false);
                    if (child.Children.FirstOrDefault() is not X12Segment first || first.Id != key[..^4])
                    {
                        throw new X12JsonException($"{p}[{i}]", $"a {key} occurrence must start with a {key[..^4]} segment (its first property)");
                    }

                    loop.Children.Add(child);
                }

                continue;
            }

            if (!IsSegmentId(key))
            {
                throw new X12JsonException(p, $"'{key}' is neither a segment id (2-3 upper-case letters or digits) nor a loop (<SegmentId>Loop)");
            }

            if (value is JsonArray many)
            {
                for (var i = 0; i < many.Count; i++)
                {
                    loop.Children.Add(SegmentFromJson(key, many[i] ?? throw new X12JsonException($"{p}[{i}]", "null is not a segment"), $"{p}[{i}]"));
                }
            }
            else
            {
                loop.Children.Add(SegmentFromJson(key, value, p));
            }
        }
    }

    private static X12Segment SegmentFromJson(string id, JsonNode node, string path)
    {
        if (node is not JsonObject o)
        {
            throw new X12JsonException(path, $"a {id} segment must be an object keyed by element designator ({id}01, {id}02, ...)");
        }

        var elements = new SortedDictionary<int, X12Element>();
        foreach (var (key, value) in o)
        {
            var p = $"{path}.{key}";
            if (!key.StartsWith(id, StringComparison.Ordinal) || key.Length != id.Length + 2
                || !int.TryParse(key.AsSpan(id.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                throw new X12JsonException(p, $"'{key}' is not an element designator of {id} (expected {id}01..{id}99)");
            }

            elements[n] = ElementFromJson(value, p);
        }

        var count = elements.Count == 0 ? 0 : elements.Keys.Max();
        var array = new X12Element[count];
        for (var i = 0; i < count; i++)
        {
            array[i] = elements.TryGetValue(i + 1, out var e) ? e : X12Element.Empty;
        }

        return new X12Segment(id, array);
    }

    private static X12Element ElementFromJson(JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
                return X12Element.Empty;
            case JsonValue v:
                return Scalar(v, path) is { Length: > 0 } s ? new X12Element(s) : X12Element.Empty;
            case JsonArray a when a.Count == 0:
                return X12Element.Empty;
            case JsonArray a when a.All(x => x is JsonArray):
                return new X12Element(a.Select((r, i) => ((JsonArray)r!).Select((c, k) => c is JsonValue cv ? Scalar(cv, $"{path}[{i}][{k}]") : throw new X12JsonException($"{path}[{i}][{k}]", "a component must be a string or a number")).ToArray()).ToArray());
            case JsonArray a when a.All(x => x is JsonValue):
                return new X12Element([a.Select((c, k) => Scalar((JsonValue)c!, $"{path}[{k}]")).ToArray()]);
            case JsonArray:
                throw new X12JsonException(path, "an element array must hold either component strings (a composite) or arrays of components (repetitions), not a mix");
            default:
                throw new X12JsonException(path, "an element must be a string, a number, an array of components, or an array of repetitions");
        }
    }

    private static string Scalar(JsonValue v, string path) => v.GetValueKind() switch
    {
        JsonValueKind.String => v.GetValue<string>(),
        JsonValueKind.Number => v.ToJsonString(),
        JsonValueKind.Null => string.Empty,
        _ => throw new X12JsonException(path, $"a value must be a string or a number, not {v.GetValueKind().ToString().ToLowerInvariant()}"),
    };

    private static bool IsSegmentId(string s) =>
        s.Length is 2 or 3 && s.All(ch => ch is >= 'A' and <= 'Z' or >= '0' and <= '9');
}
