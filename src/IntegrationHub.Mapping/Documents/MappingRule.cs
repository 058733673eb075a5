using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Lookups;

namespace IntegrationHub.Mapping.Documents;

/// <summary>One rule of a mapping document: <c>target ← source path | =expression | constant</c>, or an array/object rule with nested rules.</summary>
public sealed record MappingRule
{
    /// <summary>JSON path of the rule in its document, e.g. <c>$.rules[4].rules[1]</c>; errors and traces name it.</summary>
    public required string Path { get; init; }

    /// <summary>Where the value comes from.</summary>
    public required MappingRuleKind Kind { get; init; }

    /// <summary>Dotted target path relative to the current target object.</summary>
    public required string Target { get; init; }

    /// <summary>The source path (source and object rules) or the array source of an array rule when it is a path.</summary>
    public string? Source { get; init; }

    /// <summary>The '=' expression of an expression rule, or of an array rule whose forEach is an expression.</summary>
    public string? Expression { get; init; }

    /// <summary>The constant of a constant rule.</summary>
    public JsonNode? Value { get; init; }

    /// <summary>Condition: the rule runs only when truthy.</summary>
    public string? When { get; init; }

    /// <summary>Array rule: element filter.</summary>
    public string? Where { get; init; }

    /// <summary>Array rule: the name of the current element in expressions.</summary>
    public string? As { get; init; }

    /// <summary>Type conversion: string, number, integer, boolean or date.</summary>
    public string? Type { get; init; }

    /// <summary>Lookup table applied to the value.</summary>
    public string? Lookup { get; init; }

    /// <summary>Overrides the lookup table's on-missing behaviour.</summary>
    public LookupMissingBehavior? OnMissing { get; init; }

    /// <summary>Written when the value is null or missing.</summary>
    public JsonNode? Default { get; init; }

    /// <summary>Nested rules of array and object rules.</summary>
    public IReadOnlyList<MappingRule> Rules { get; init; } = [];
}
