using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http.Internal;

/// <summary>Fills <c>{{name}}</c> placeholders from the input parameters.</summary>
internal static partial class RequestTemplate
{
    public static string Render(string template, JsonObject? parameters, string where, Func<string, string>? escape = null) =>
        Placeholder().Replace(template, match =>
        {
            var text = ToText(Lookup(parameters, match.Groups[1].Value, where));
            return escape is null ? text : escape(text);
        });

    public static JsonNode? RenderBody(JsonNode? body, JsonObject? parameters, string where = "body") => body switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, RenderBody(p.Value, parameters, $"{where}.{p.Key}")))),
        JsonArray array => new JsonArray([.. array.Select((item, i) => RenderBody(item, parameters, $"{where}[{i}]"))]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => RenderString(value.GetValue<string>(), parameters, where),
        _ => body.DeepClone(),
    };

    public static JsonNode? Select(JsonNode? node, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return node;
        }

        foreach (var segment in path.Split('.'))
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    private static JsonNode? RenderString(string text, JsonObject? parameters, string where)
    {
        var whole = Placeholder().Match(text);
        if (whole.Success && whole.Length == text.Length)
        {
            // A lone placeholder keeps the parameter's JSON type (number, object, array...).
            return Lookup(parameters, whole.Groups[1].Value, where)?.DeepClone();
        }

        return JsonValue.Create(Render(text, parameters, where));
    }

    private static JsonNode? Lookup(JsonObject? parameters, string path, string where)
    {
        var node = (JsonNode?)parameters;
        foreach (var segment in path.Split('.'))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out node))
            {
                throw new ConnectorException(ErrorCategory.DataQuality, $"Template placeholder '{{{{{path}}}}}' in {where} has no value: parameters.{path} is missing.", "template_parameter_missing");
            }
        }

        return node;
    }

    private static string ToText(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
