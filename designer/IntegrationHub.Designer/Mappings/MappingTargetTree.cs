using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Mappings;

/// <summary>
/// Builds the target tree of the mapping editor: the target schema's fields, each with the rule that writes it, plus
/// the fields rules write that the schema does not have (or every rule's field when there is no target schema).
/// </summary>
internal static class MappingTargetTree
{
    /// <summary>Builds the tree for a document.</summary>
    /// <param name="target">The target schema, if the mapping has one.</param>
    /// <param name="document">The mapping document (its rules are referenced, not copied).</param>
    public static IReadOnlyList<MappingTargetNode> Build(SchemaTree? target, JsonObject document)
    {
        var roots = new List<MappingTargetNode>();
        var byPath = new Dictionary<string, MappingTargetNode>(StringComparer.Ordinal);
        foreach (var field in target?.Fields ?? [])
        {
            roots.Add(FromSchema(field, byPath));
        }

        if (document["rules"] is not JsonArray rules)
        {
            rules = [];
            document["rules"] = rules;
        }

        var rootScope = new MappingRuleScope(rules, "$", "$");
        AddRules(rootScope, "$.rules", roots, byPath);
        foreach (var root in roots)
        {
            AssignScopes(root, rootScope);
        }

        return roots;
    }

    /// <summary>Every node of the tree, depth first.</summary>
    /// <param name="roots">The top-level nodes.</param>
    public static IEnumerable<MappingTargetNode> Flatten(IEnumerable<MappingTargetNode> roots)
    {
        foreach (var node in roots)
        {
            yield return node;
            foreach (var child in Flatten(node.Children))
            {
                yield return child;
            }
        }
    }

    private static MappingTargetNode FromSchema(SchemaField field, Dictionary<string, MappingTargetNode> byPath)
    {
        var node = new MappingTargetNode { Name = field.Name, Path = field.Path, Type = field.Type, Required = field.Required, Description = field.Description };
        byPath[field.Path] = node;
        foreach (var child in field.Children)
        {
            node.Children.Add(FromSchema(child, byPath));
        }

        return node;
    }

    private static void AddRules(MappingRuleScope scope, string rulesPath, List<MappingTargetNode> roots, Dictionary<string, MappingTargetNode> byPath)
    {
        for (var i = 0; i < scope.Rules.Count; i++)
        {
            if (scope.Rules[i] is not JsonObject rule || rule["target"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                continue;
            }

            var path = $"{scope.TargetPrefix}.{(string)rule["target"]!}";
            var node = Ensure(path, roots, byPath);
            var rulePath = $"{rulesPath}[{i}]";
            if (node.Rule is null)
            {
                node.Rule = rule;
                node.RulePath = rulePath;
                node.Scope = scope;
            }

            if (rule["rules"] is JsonArray nested)
            {
                var childScope = ChildScope(rule, nested, path, scope.ElementPrefix);
                if (ReferenceEquals(node.Rule, rule))
                {
                    node.ChildScope = childScope;
                }

                AddRules(childScope, $"{rulePath}.rules", roots, byPath);
            }
        }
    }

    private static MappingRuleScope ChildScope(JsonObject rule, JsonArray nested, string path, string? elementPrefix)
    {
        if (rule["forEach"] is JsonValue forEach && forEach.TryGetValue<string>(out var each))
        {
            var element = each.StartsWith('=') ? null : MappingPaths.Resolve(elementPrefix, each);
            return new MappingRuleScope(nested, path + "[]", element is null ? null : element + "[]");
        }

        if (rule["source"] is JsonValue source && source.TryGetValue<string>(out var from))
        {
            return new MappingRuleScope(nested, path, MappingPaths.Resolve(elementPrefix, from));
        }

        return new MappingRuleScope(nested, path, rule["expression"] is null ? elementPrefix : null);
    }

    private static MappingTargetNode Ensure(string path, List<MappingTargetNode> roots, Dictionary<string, MappingTargetNode> byPath)
    {
        if (byPath.TryGetValue(path, out var existing))
        {
            return existing;
        }

        var node = new MappingTargetNode { Name = path[(path.LastIndexOf('.') + 1)..], Path = path };
        byPath[path] = node;
        var parent = MappingPaths.Parent(path);
        (parent is null || parent == "$" ? roots : Ensure(parent, roots, byPath).Children).Add(node);
        return node;
    }

    private static void AssignScopes(MappingTargetNode node, MappingRuleScope inherited)
    {
        node.Scope ??= inherited;
        var forChildren = node.ChildScope ?? (node.Rule is null ? inherited : null);
        foreach (var child in node.Children)
        {
            if (forChildren is null)
            {
                // A value rule writes the whole field: its children cannot have rules of their own.
                continue;
            }

            AssignScopes(child, forChildren);
        }
    }
}
