using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Editor;

/// <summary>Reading and writing one property of a step or of the flow, removing it when it is emptied.</summary>
internal static class JsonFields
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Text(JsonObject owner, string name) => owner[name] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    public static void SetText(JsonObject owner, string name, string? value, bool keepEmpty)
    {
        if (string.IsNullOrEmpty(value) && !keepEmpty)
        {
            owner.Remove(name);
        }
        else
        {
            owner[name] = value ?? string.Empty;
        }
    }

    public static int? Integer(JsonObject owner, string name) =>
        owner[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    public static bool? Boolean(JsonObject owner, string name) =>
        owner[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    /// <summary>Shows a JSON value for editing: an expression as it is, anything else as indented JSON.</summary>
    public static string ValueText(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith('=') => s,
        _ => node.ToJsonString(Indented),
    };

    /// <summary>Parses edited value text: '=…' is an expression, anything else must be JSON. Returns an error message or null.</summary>
    public static string? TryParseValue(string? text, out JsonNode? node)
    {
        node = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.StartsWith('='))
        {
            node = JsonValue.Create(trimmed);
            return null;
        }

        try
        {
            node = JsonNode.Parse(trimmed);
            return null;
        }
        catch (JsonException e)
        {
            return $"not JSON (line {(e.LineNumber ?? 0) + 1}): write an expression starting with '=' or a JSON value such as {{\"a\": 1}} or \"text\"";
        }
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
