using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// Reads an operation's input JSON Schema (as connectors generate it: nullable types as <c>["string","null"]</c>,
/// numbers that also accept strings as <c>["string","number"]</c>, enums, nested objects inline) into form properties.
/// </summary>
internal static class InputSchemaReader
{
    /// <summary>Nested objects deeper than this are edited as JSON (recursive types never end).</summary>
    public const int MaxDepth = 5;

    /// <summary>Returns the properties of an object schema in schema order (none when it lists none).</summary>
    public static IReadOnlyList<InputProperty> Read(JsonObject schema, int depth)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var required = (schema["required"] as JsonArray ?? []).Select(r => (string?)r).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var properties = new List<InputProperty>();
        foreach (var (name, node) in schema["properties"] as JsonObject ?? [])
        {
            // A property schema may be the boolean `true` (anything goes).
            var property = node as JsonObject ?? [];
            var (kind, typeText, choices) = Classify(property, depth);
            properties.Add(new InputProperty(name, kind, required.Contains(name), (string?)property["description"], typeText, choices, property));
        }

        return properties;
    }

    /// <summary>Returns the schema's types without <c>null</c> (an optional value is simply left out of the input).</summary>
    public static IReadOnlyList<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => (string?)t).OfType<string>().Where(t => t != "null")],
        JsonValue one when one.TryGetValue<string>(out var type) && type != "null" => [type],
        _ => [],
    };

    private static (InputKind Kind, string TypeText, IReadOnlyList<string> Choices) Classify(JsonObject property, int depth)
    {
        if (property["enum"] is JsonArray values)
        {
            IReadOnlyList<string> choices = [.. values.OfType<JsonNode>().Select(InputLiterals.ChoiceText)];
            return (InputKind.Choice, $"one of {string.Join(", ", choices)}", choices);
        }

        var types = Types(property);
        var only = types.Count == 1 ? types[0] : null;
        if (only == "object" && property["properties"] is JsonObject { Count: > 0 } && depth < MaxDepth)
        {
            return (InputKind.Object, "object", []);
        }

        if (only == "boolean")
        {
            return (InputKind.Boolean, "true or false", ["true", "false"]);
        }

        // Connectors accept numbers written as strings too ("string", "number"): the form writes numbers.
        if (types.Count > 0 && types.All(t => t is "integer" or "string") && types.Contains("integer"))
        {
            return (InputKind.Integer, "whole number", []);
        }

        if (types.Count > 0 && types.All(t => t is "number" or "integer" or "string") && types.Contains("number"))
        {
            return (InputKind.Number, "number", []);
        }

        if (only == "string")
        {
            return (InputKind.Text, (string?)property["format"] is { } format ? $"text ({format})" : "text", []);
        }

        return (InputKind.Json, JsonTypeText(property, types), []);
    }

    private static string JsonTypeText(JsonObject property, IReadOnlyList<string> types)
    {
        if (types.Count == 1 && types[0] == "array")
        {
            var items = property["items"] as JsonObject ?? [];
            return Types(items) is { Count: > 0 } itemTypes ? $"array of {string.Join(" or ", itemTypes)}" : "array";
        }

        return types.Count == 0 ? "any JSON" : string.Join(" or ", types);
    }
}
