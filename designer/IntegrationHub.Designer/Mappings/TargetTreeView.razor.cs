using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Mappings;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Mappings;

/// <summary>The target fields of a mapping, each with a summary of its rule and the preview errors found at it.</summary>
public partial class TargetTreeView
{
    /// <summary>Gets or sets the nodes at this level.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<MappingTargetNode> Nodes { get; set; } = [];

    /// <summary>Gets or sets the preview errors (matched to fields by target path and rule).</summary>
    [Parameter]
    public IReadOnlyList<MappingErrorDto> Errors { get; set; } = [];

    /// <summary>Gets or sets the path of the selected field.</summary>
    [Parameter]
    public string? SelectedPath { get; set; }

    /// <summary>Gets or sets what happens when a field is picked.</summary>
    [Parameter]
    public EventCallback<MappingTargetNode> OnSelect { get; set; }

    /// <summary>Gets or sets the nesting depth (0 for the whole tree).</summary>
    [Parameter]
    public int Depth { get; set; }

    /// <summary>A one-line summary of a rule: its source, expression or constant, and condition.</summary>
    /// <param name="rule">The rule, if any.</param>
    internal static string RuleText(JsonObject? rule)
    {
        if (rule is null)
        {
            return string.Empty;
        }

        var what = rule["forEach"] is { } each ? $"each {each}"
            : rule["source"] is { } source ? (rule["rules"] is null ? $"← {source}" : $"from {source}")
            : rule["expression"] is { } expression ? expression.ToString()
            : rule.ContainsKey("value") ? (rule["value"]?.ToJsonString() ?? "null")
            : rule["rules"] is not null ? "object" : "(nothing)";
        if (rule["lookup"] is { } lookup)
        {
            what += $" → lookup {lookup}";
        }

        if (rule["when"] is { } when)
        {
            what += $" when {when}";
        }

        return what.Length > 90 ? what[..89] + "…" : what;
    }

    private static string RuleText(MappingTargetNode node) => node.Rule is null ? string.Empty : RuleText(node.Rule);

    private List<MappingErrorDto> ErrorsOf(MappingTargetNode node) =>
        [.. Errors.Where(e => MappingPaths.ToSchemaPath(e.TargetPath) == node.Path || (node.RulePath is not null && e.Rule == node.RulePath && e.TargetPath == "$"))];
}
