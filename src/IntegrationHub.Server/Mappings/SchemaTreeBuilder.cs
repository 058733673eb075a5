using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Mapping.Catalog;

namespace IntegrationHub.Server.Mappings;

/// <summary>
/// Turns a payload schema into the field tree the mapping editor's pickers show: properties in schema order, local
/// <c>$ref</c>s (<c>#/definitions/…</c>, <c>#/$defs/…</c>) followed, arrays shown by their items, the alternatives of
/// <c>anyOf</c>/<c>oneOf</c> merged. A reference to a type already being expanded (a hierarchy that nests itself) is
/// marked <see cref="SchemaField.Recursive"/> instead of expanded again.
/// </summary>
internal static class SchemaTreeBuilder
{
    private const int MaxDepth = 24;

    public static SchemaTree Build(SchemaDocument schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var root = JsonNode.Parse(schema.Json)!.AsObject();
        var context = new Context(root);
        return new SchemaTree(schema.Id, (string?)root["title"], (string?)root["description"], Properties(context, root, "$", [], 0));
    }

    private static List<SchemaField> Properties(Context context, JsonObject schema, string path, List<string> expanding, int depth)
    {
        var fields = new List<SchemaField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in Variants(context, schema, expanding))
        {
            var required = Strings(variant["required"]);
            if (variant["properties"] is not JsonObject properties)
            {
                continue;
            }

            foreach (var (name, node) in properties)
            {
                if (node is JsonObject property && seen.Add(name))
                {
                    fields.Add(Field(context, name, $"{path}.{name}", property, required.Contains(name), expanding, depth + 1));
                }
            }
        }

        return fields;
    }

    private static SchemaField Field(Context context, string name, string path, JsonObject node, bool required, List<string> expanding, int depth)
    {
        var reference = (string?)node["$ref"];
        var recursive = reference is not null && expanding.Contains(reference);
        var resolved = Resolve(context, node);
        var type = TypeOf(context, resolved, expanding);
        var description = (string?)node["description"] ?? (string?)resolved["description"];
        var format = (string?)resolved["format"];
        var allowed = resolved["enum"] is JsonArray values ? values.Select(v => v?.ToJsonString() ?? "null").ToList() : [];
        if (recursive || depth > MaxDepth)
        {
            return new SchemaField(name, path, type, required, description, format, allowed, [], Recursive: true);
        }

        if (reference is not null)
        {
            expanding.Add(reference);
        }

        try
        {
            List<SchemaField> children = [];
            if (type.Contains("object", StringComparison.Ordinal))
            {
                children = Properties(context, resolved, path, expanding, depth);
            }
            else if (type.Contains("array", StringComparison.Ordinal) && ItemsOf(context, resolved, expanding) is { } items)
            {
                var itemType = TypeOf(context, Resolve(context, items), expanding);
                children = itemType.Contains("object", StringComparison.Ordinal)
                    ? Properties(context, Resolve(context, items), path + "[]", expanding, depth)
                    : [Field(context, "[]", path + "[]", items, required: false, expanding, depth + 1)];
            }

            return new SchemaField(name, path, type, required, description, format, allowed, children);
        }
        finally
        {
            if (reference is not null)
            {
                expanding.RemoveAt(expanding.Count - 1);
            }
        }
    }

    /// <summary>The schema and the object alternatives of its anyOf/oneOf/allOf, references followed.</summary>
    private static IEnumerable<JsonObject> Variants(Context context, JsonObject schema, List<string> expanding)
    {
        var resolved = Resolve(context, schema);
        yield return resolved;
        foreach (var keyword in (string[])["allOf", "anyOf", "oneOf"])
        {
            if (resolved[keyword] is not JsonArray alternatives)
            {
                continue;
            }

            foreach (var alternative in alternatives.OfType<JsonObject>())
            {
                if ((string?)alternative["$ref"] is { } reference && expanding.Contains(reference))
                {
                    continue;
                }

                yield return Resolve(context, alternative);
            }
        }
    }

    private static JsonObject? ItemsOf(Context context, JsonObject schema, List<string> expanding) =>
        Variants(context, schema, expanding).Select(v => v["items"]).OfType<JsonObject>().FirstOrDefault();

    private static string TypeOf(Context context, JsonObject schema, List<string> expanding)
    {
        var types = new List<string>();
        foreach (var variant in Variants(context, schema, expanding))
        {
            switch (variant["type"])
            {
                case JsonValue single when single.TryGetValue<string>(out var name):
                    types.Add(name);
                    break;
                case JsonArray several:
                    types.AddRange(Strings(several));
                    break;
                default:
                    if (variant["properties"] is JsonObject)
                    {
                        types.Add("object");
                    }
                    else if (variant["items"] is JsonObject)
                    {
                        types.Add("array");
                    }

                    break;
            }
        }

        var distinct = types.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? "any" : string.Join('|', distinct);
    }

    /// <summary>Follows local references (chains included); anything else is returned as it is.</summary>
    private static JsonObject Resolve(Context context, JsonObject schema)
    {
        var current = schema;
        for (var hops = 0; hops < 16 && (string?)current["$ref"] is { } reference; hops++)
        {
            if (context.Find(reference) is not JsonObject target)
            {
                break;
            }

            current = target;
        }

        return current;
    }

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(v => (string?)v).OfType<string>()] : [];

    /// <summary>The document references resolve in.</summary>
    private sealed class Context(JsonObject root)
    {
        /// <summary>Resolves a local JSON pointer such as <c>#/definitions/address</c>.</summary>
        public JsonNode? Find(string reference)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return null;
            }

            JsonNode? node = root;
            foreach (var segment in reference[2..].Split('/'))
            {
                var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
                if (node is null)
                {
                    return null;
                }
            }

            return node;
        }
    }
}
