using System.Text.Json.Nodes;

namespace IntegrationHub.Flows.Versioning;

/// <summary>
/// Structural diff of two flow documents. Arrays whose items all carry an <c>id</c> (steps) or a
/// <c>name</c> (branches) are matched by that key, so moving a step reads as a reorder, not as
/// every following step changing.
/// </summary>
public static class FlowDiff
{
    /// <summary>Lists the changes from <paramref name="before"/> to <paramref name="after"/>, in document order.</summary>
    public static IReadOnlyList<FlowChange> Compare(JsonNode? before, JsonNode? after)
    {
        var changes = new List<FlowChange>();
        Compare(FlowContentHash.Canonicalize(before, isRoot: true), FlowContentHash.Canonicalize(after, isRoot: true), "$", changes);
        return changes;
    }

    private static void Compare(JsonNode? a, JsonNode? b, string path, List<FlowChange> changes)
    {
        switch (a, b)
        {
            case (null, null):
                return;
            case (null, _):
                changes.Add(new FlowChange(path, FlowChangeKind.Added, null, b!.DeepClone()));
                return;
            case (_, null):
                changes.Add(new FlowChange(path, FlowChangeKind.Removed, a.DeepClone(), null));
                return;
            case (JsonObject oa, JsonObject ob):
                foreach (var key in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    Compare(oa[key], ob[key], $"{path}.{key}", changes);
                }

                return;
            case (JsonArray xa, JsonArray xb) when KeyOf(xa) is { } key && KeyOf(xb) == key:
                CompareKeyed(xa, xb, key, path, changes);
                return;
            case (JsonArray xa, JsonArray xb):
                for (var i = 0; i < Math.Max(xa.Count, xb.Count); i++)
                {
                    Compare(i < xa.Count ? xa[i] : null, i < xb.Count ? xb[i] : null, $"{path}[{i}]", changes);
                }

                return;
            default:
                if (!JsonNode.DeepEquals(a, b))
                {
                    changes.Add(new FlowChange(path, FlowChangeKind.Changed, a.DeepClone(), b.DeepClone()));
                }

                return;
        }
    }

    private static void CompareKeyed(JsonArray a, JsonArray b, string key, string path, List<FlowChange> changes)
    {
        var left = a.OfType<JsonObject>().ToDictionary(o => (string)o[key]!, StringComparer.Ordinal);
        var right = b.OfType<JsonObject>().ToDictionary(o => (string)o[key]!, StringComparer.Ordinal);
        var orderBefore = left.Keys.Where(right.ContainsKey).ToList();
        var orderAfter = right.Keys.Where(left.ContainsKey).ToList();
        if (!orderBefore.SequenceEqual(orderAfter))
        {
            changes.Add(new FlowChange(path, FlowChangeKind.Reordered, new JsonArray([.. orderBefore.Select(k => (JsonNode)k)]), new JsonArray([.. orderAfter.Select(k => (JsonNode)k)])));
        }

        foreach (var id in left.Keys.Union(right.Keys))
        {
            Compare(left.GetValueOrDefault(id), right.GetValueOrDefault(id), $"{path}[{key}={id}]", changes);
        }
    }

    private static string? KeyOf(JsonArray array)
    {
        if (array.Count == 0)
        {
            return null;
        }

        foreach (var key in new[] { "id", "name" })
        {
            var keys = array.Select(n => n is JsonObject o && o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList();
            if (keys.All(k => k is not null) && keys.Distinct(StringComparer.Ordinal).Count() == keys.Count)
            {
                return key;
            }
        }

        return null;
    }
}
