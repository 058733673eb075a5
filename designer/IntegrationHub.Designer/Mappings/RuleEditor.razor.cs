using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Mappings;

/// <summary>
/// Edits one mapping rule in place: where the value comes from (source path, <c>=</c>expression or constant), the
/// condition, conversion, lookup table and default. Every change is written to the rule and reported.
/// </summary>
public partial class RuleEditor
{
    private static readonly string[] Types = ["string", "number", "integer", "boolean", "date"];
    private static readonly string[] Kinds = ["source", "expression", "value"];

    /// <summary>Gets or sets the field whose rule is edited (it must have one).</summary>
    [Parameter]
    [EditorRequired]
    public MappingTargetNode Node { get; set; } = default!;

    /// <summary>Gets or sets a value indicating whether the rule is only shown.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>Gets or sets what happens after the rule changed.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    private JsonObject Rule => Node.Rule!;

    private bool IsStructural => Rule["rules"] is not null;

    private string Kind => Kinds.FirstOrDefault(Rule.ContainsKey) ?? "source";

    /// <summary>Parses what a person typed as JSON, or takes it as a string when it is not JSON.</summary>
    /// <param name="text">The text typed.</param>
    internal static JsonNode? ParseLoose(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static Dictionary<string, object> Attr(string property) => new() { ["data-rule-field"] = property };

    private string? Get(string property) => Rule[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : Rule[property]?.ToJsonString();

    private string? GetJson(string property) => Rule.TryGetPropertyValue(property, out var value) ? value?.ToJsonString() ?? "null" : null;

    private async Task SetAsync(string property, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Rule.Remove(property);
        }
        else
        {
            Rule[property] = value;
        }

        await OnChanged.InvokeAsync();
    }

    private async Task SetJsonAsync(string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Rule.Remove(property);
        }
        else
        {
            Rule[property] = ParseLoose(value);
        }

        await OnChanged.InvokeAsync();
    }

    private async Task SetKindAsync(string kind)
    {
        if (kind == Kind)
        {
            return;
        }

        var previous = Rule[Kind]?.DeepClone();
        foreach (var other in Kinds)
        {
            Rule.Remove(other);
        }

        Rule[kind] = kind switch
        {
            "source" => previous is JsonValue v && v.TryGetValue<string>(out var s) && !s.StartsWith('=') ? s : string.Empty,
            "expression" => "=" + (previous is JsonValue e && e.TryGetValue<string>(out var t) ? (t.StartsWith('=') ? t[1..] : $"input.{t}") : previous?.ToJsonString() ?? "null"),
            _ => previous is JsonValue c && c.TryGetValue<string>(out var text) && !text.StartsWith('=') ? text : null,
        };
        await OnChanged.InvokeAsync();
    }
}
