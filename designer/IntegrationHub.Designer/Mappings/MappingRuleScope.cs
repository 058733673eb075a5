using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Mappings;

/// <summary>Where a rule for a field goes: the rules list, the target path those rules are relative to, and the source element they read.</summary>
/// <param name="Rules">The rules array in the mapping document.</param>
/// <param name="TargetPrefix">The target path (schema form, e.g. <c>$.lines[]</c>) the rules' targets are relative to.</param>
/// <param name="ElementPrefix">The source path (schema form) the rules' source paths are relative to; null when the element comes from an expression.</param>
public sealed record MappingRuleScope(JsonArray Rules, string TargetPrefix, string? ElementPrefix);
