using System.Text.Json.Nodes;

namespace IntegrationHub.Mapping.Execution;

/// <summary>One rule evaluation in a preview: which rule, where it wrote, what it read and produced.</summary>
/// <param name="Rule">JSON path of the rule in the mapping document.</param>
/// <param name="TargetPath">Concrete output path.</param>
/// <param name="SourcePath">Concrete source path read, if any.</param>
/// <param name="Value">The value produced (a copy); for array rules, the number of elements.</param>
/// <param name="Outcome">What the rule did.</param>
public sealed record RuleTrace(string Rule, string TargetPath, string? SourcePath, JsonNode? Value, RuleOutcome Outcome);
