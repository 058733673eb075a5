using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Mappings;

/// <summary>A source field tree read off a sample payload, for mappings whose source schema the hub does not have.</summary>
internal static class SampleFields
{
    /// <summary>The fields of a sample: object properties, and the properties of the first element of arrays.</summary>
    /// <param name="sample">The sample payload.</param>
    public static IReadOnlyList<SchemaField> From(JsonNode? sample) => sample is JsonObject root ? Fields(root, "$", 0) : [];

    private static List<SchemaField> Fields(JsonObject node, string prefix, int depth)
    {
        var fields = new List<SchemaField>();
        foreach (var (name, value) in node)
        {
            var path = $"{prefix}.{name}";
            fields.Add(new SchemaField(name, path, TypeOf(value), false, null, null, [], depth > 12 ? [] : Children(value, path, depth)));
        }

        return fields;
    }

    private static List<SchemaField> Children(JsonNode? value, string path, int depth) => value switch
    {
        JsonObject o => Fields(o, path, depth + 1),
        JsonArray { Count: > 0 } a when a[0] is JsonObject first => Fields(first, path + "[]", depth + 1),
        _ => [],
    };

    private static string TypeOf(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
