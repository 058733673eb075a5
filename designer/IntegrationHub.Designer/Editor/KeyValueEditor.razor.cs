using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Editor;

/// <summary>Named entries of an object property: business keys (expressions), headers (text) or variables (values).</summary>
public partial class KeyValueEditor
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the object holding the property.</summary>
    [Parameter]
    [EditorRequired]
    public JsonObject Owner { get; set; } = default!;

    /// <summary>Gets or sets the property name (e.g. <c>businessKeys</c>).</summary>
    [Parameter]
    [EditorRequired]
    public string Property { get; set; } = string.Empty;

    /// <summary>Gets or sets the legend.</summary>
    [Parameter]
    public string Label { get; set; } = string.Empty;

    /// <summary>Gets or sets what the entries hold.</summary>
    [Parameter]
    public FieldKind Kind { get; set; } = FieldKind.TextMap;

    /// <summary>Gets or sets whether editing is off.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>Gets or sets a validation error of the whole property.</summary>
    [Parameter]
    public string? ValidationError { get; set; }

    /// <summary>Gets or sets what happens after a change.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    private JsonObject? Map => Owner[Property] as JsonObject;

    private async Task Add()
    {
        var map = Map ?? new JsonObject();
        Owner[Property] = map;
        var n = map.Count + 1;
        while (map.ContainsKey($"name{n}"))
        {
            n++;
        }

        map[$"name{n}"] = Kind == FieldKind.ExpressionMap ? "=input" : string.Empty;
        await OnChanged.InvokeAsync();
    }

    private async Task Remove(string name)
    {
        Map?.Remove(name);
        if (Map is { Count: 0 })
        {
            Owner.Remove(Property);
        }

        await OnChanged.InvokeAsync();
    }

    private async Task Rename(string from, string? to)
    {
        if (Map is not { } map || string.IsNullOrWhiteSpace(to) || map.ContainsKey(to))
        {
            return;
        }

        // Rebuild to keep the entry where it was.
        var entries = map.Select(p => (Key: p.Key == from ? to : p.Key, Value: p.Value?.DeepClone())).ToList();
        map.Clear();
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        await OnChanged.InvokeAsync();
    }

    private async Task SetText(string name, string? value)
    {
        if (Map is { } map)
        {
            map[name] = value ?? string.Empty;
            await OnChanged.InvokeAsync();
        }
    }

    private async Task SetValue(string name, string? text)
    {
        var error = JsonFields.TryParseValue(text, out var node);
        if (error is not null)
        {
            _errors[name] = error;
            return;
        }

        _errors.Remove(name);
        if (Map is { } map)
        {
            map[name] = node;
            await OnChanged.InvokeAsync();
        }
    }
}
