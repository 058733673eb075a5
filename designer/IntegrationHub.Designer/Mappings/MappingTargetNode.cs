using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Mappings;

/// <summary>One field of the target tree with the rule that writes it (if any).</summary>
public sealed class MappingTargetNode
{
    /// <summary>Gets or sets the field name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets or sets the field's path in schema form (<c>$.lines[].sku</c>).</summary>
    public required string Path { get; init; }

    /// <summary>Gets or sets the JSON type from the target schema, or null when the field is not in it.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets a value indicating whether the target schema requires the field.</summary>
    public bool Required { get; set; }

    /// <summary>Gets or sets the schema's help text.</summary>
    public string? Description { get; set; }

    /// <summary>Gets the nested fields.</summary>
    public List<MappingTargetNode> Children { get; } = [];

    /// <summary>Gets or sets the rule that writes this field.</summary>
    public JsonObject? Rule { get; set; }

    /// <summary>Gets or sets the JSON path of <see cref="Rule"/> in the document (<c>$.rules[7].rules[3]</c>).</summary>
    public string? RulePath { get; set; }

    /// <summary>Gets or sets the scope the rule belongs to (or a new rule would go to).</summary>
    public MappingRuleScope? Scope { get; set; }

    /// <summary>Gets or sets the scope of the rule's nested rules, when it has any.</summary>
    public MappingRuleScope? ChildScope { get; set; }

    /// <summary>Gets the target of a new rule for this field relative to <see cref="Scope"/>, or null when no rule can be added here.</summary>
    public string? NewRuleTarget =>
        Scope is { } scope && Path.StartsWith(scope.TargetPrefix + ".", StringComparison.Ordinal) && !Path[(scope.TargetPrefix.Length + 1)..].Contains("[]", StringComparison.Ordinal)
            ? Path[(scope.TargetPrefix.Length + 1)..]
            : null;
}
