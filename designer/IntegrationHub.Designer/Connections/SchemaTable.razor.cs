using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Connections;

/// <summary>A JSON Schema read as a table of fields (nested objects indented), with the schema itself one click away.</summary>
public partial class SchemaTable
{
    private const int MaxDepth = 4;

    private List<(string Path, string Name, int Depth, string Type, bool Required, string? Description, bool Secret)> _rows = [];

    /// <summary>Gets or sets the schema.</summary>
    [Parameter]
    public JsonObject Schema { get; set; } = [];

    /// <summary>Gets or sets what the schema describes (its accessible name).</summary>
    [Parameter]
    public string Label { get; set; } = "Schema";

    /// <summary>Gets or sets whether the raw JSON Schema can be opened below the table.</summary>
    [Parameter]
    public bool ShowRaw { get; set; } = true;

    private IReadOnlyList<(string Path, string Name, int Depth, string Type, bool Required, string? Description, bool Secret)> Rows => _rows;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        _rows = [];
        Add(Schema, string.Empty, 0);
    }

    private static string TypeOf(JsonObject property)
    {
        if (property["enum"] is JsonArray values)
        {
            return "one of " + string.Join(", ", values.Select(v => v?.ToString()));
        }

        var types = property["type"] switch
        {
            JsonArray many => many.Select(t => (string?)t).OfType<string>().ToList(),
            JsonValue one when one.TryGetValue<string>(out var t) => [t],
            _ => [],
        };
        var nullable = types.Remove("null");
        var text = types.Count == 0 ? ((string?)property["$ref"] is { } reference ? reference.Split('/')[^1] : "any") : string.Join(" or ", types);
        if (types.Contains("array") && property["items"] is JsonObject items && items["type"] is { } itemType)
        {
            text = $"array of {(itemType is JsonArray ? string.Join(" or ", itemType.AsArray().Select(t => (string?)t).Where(t => t != "null")) : (string?)itemType)}";
        }

        if ((string?)property["format"] is { } format)
        {
            text += $" ({format})";
        }

        return nullable ? text + ", optional" : text;
    }

    private void Add(JsonObject schema, string prefix, int depth)
    {
        if (depth > MaxDepth || schema["properties"] is not JsonObject properties)
        {
            return;
        }

        var required = (schema["required"] as JsonArray ?? []).Select(r => (string?)r).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (name, node) in properties)
        {
            if (node is not JsonObject property)
            {
                continue;
            }

            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var secret = property["writeOnly"] is JsonValue w && w.TryGetValue<bool>(out var writeOnly) && writeOnly;
            _rows.Add((path, name, depth, TypeOf(property), required.Contains(name), (string?)property["description"], secret));
            Add(property, path, depth + 1);
            if (property["items"] is JsonObject items)
            {
                Add(items, path + "[]", depth + 1);
            }
        }
    }
}
