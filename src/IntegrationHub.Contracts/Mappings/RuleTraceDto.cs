using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Mappings;

/// <summary>What one rule did in a preview (one entry per element for rules inside arrays).</summary>
/// <param name="Rule">JSON path of the rule in the mapping document.</param>
/// <param name="TargetPath">Concrete output path written (or that would have been).</param>
/// <param name="SourcePath">Concrete payload path read, if any.</param>
/// <param name="Value">The value produced; for array rules, the number of elements written.</param>
/// <param name="Outcome"><c>written</c>, <c>defaulted</c> (the default was used), <c>empty</c> (nothing to write), <c>skipped</c> (condition false) or <c>failed</c> (see the errors).</param>
public sealed record RuleTraceDto(string Rule, string TargetPath, string? SourcePath, JsonNode? Value, string Outcome);
