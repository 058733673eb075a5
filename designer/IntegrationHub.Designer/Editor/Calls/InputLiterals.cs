using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// Text ↔ JSON for one input property: text starting with <c>=</c> is an expression (a string in the flow), anything
/// else a literal of the property's type. Empty text means "leave the property out".
/// </summary>
internal static class InputLiterals
{
    private const string OrExpression = "or write an expression starting with '='";

    /// <summary>Returns the text a field shows for a value.</summary>
    public static string? Format(JsonNode? value, InputKind kind) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ when kind == InputKind.Json => JsonFields.ValueText(value),
        _ => value.ToJsonString(),
    };

    /// <summary>Returns whether the text is an expression.</summary>
    public static bool IsExpression(string? text) => text?.TrimStart().StartsWith('=') == true;

    /// <summary>Returns how a choice reads (strings without quotes).</summary>
    public static string ChoiceText(JsonNode value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value.ToJsonString();

    /// <summary>Turns typed text into the value to store, or returns why it cannot be stored.</summary>
    /// <param name="property">The property being edited.</param>
    /// <param name="text">What was typed.</param>
    public static (JsonNode? Value, string? Error) Parse(InputProperty property, string? text)
    {
        ArgumentNullException.ThrowIfNull(property);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        if (IsExpression(text))
        {
            return (JsonValue.Create(text.Trim()), null);
        }

        var literal = text.Trim();
        switch (property.Kind)
        {
            case InputKind.Integer:
                return long.TryParse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer)
                    ? (JsonValue.Create(integer), null)
                    : (null, $"'{literal}' is not a whole number: enter one such as 3, {OrExpression}.");
            case InputKind.Number:
                return decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? (JsonValue.Create(number), null)
                    : (null, $"'{literal}' is not a number: enter one such as 2.5, {OrExpression}.");
            case InputKind.Boolean:
                return bool.TryParse(literal, out var flag)
                    ? (JsonValue.Create(flag), null)
                    : (null, $"'{literal}' is neither true nor false: enter one of them, {OrExpression}.");
            case InputKind.Choice:
                return ParseChoice(property, literal);
            case InputKind.Json:
            case InputKind.Object:
                return ParseJson(property, literal);
            default:
                // Text keeps what was typed, spaces included.
                return (JsonValue.Create(text), null);
        }
    }

    private static (JsonNode? Value, string? Error) ParseChoice(InputProperty property, string literal)
    {
        var values = property.Schema["enum"] as JsonArray ?? [];
        var match = values.OfType<JsonNode>().FirstOrDefault(v => string.Equals(ChoiceText(v), literal, StringComparison.Ordinal));
        return match is not null
            ? (match.DeepClone(), null)
            : (null, $"'{literal}' is not allowed: choose one of {string.Join(", ", property.Choices)}, {OrExpression}.");
    }

    private static (JsonNode? Value, string? Error) ParseJson(InputProperty property, string literal)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(literal);
        }
        catch (JsonException e)
        {
            return (null, $"not JSON (line {(e.LineNumber ?? 0) + 1}): write JSON such as [\"a\"] or {{\"a\": 1}}, {OrExpression}.");
        }

        var types = InputSchemaReader.Types(property.Schema);
        var kind = node is null ? "null" : JsonKind(node);
        return types.Count == 0 || types.Contains(kind) || kind == "integer" && types.Contains("number") || kind == "null"
            ? (node, null)
            : (null, $"expected {property.TypeText}, not {(kind == "integer" ? "a number" : "a " + kind)}: fix the JSON, {OrExpression}.");
    }

    private static string JsonKind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => node.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
