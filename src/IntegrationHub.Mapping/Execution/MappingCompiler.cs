using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Expressions;
using IntegrationHub.Mapping.Sandbox;

namespace IntegrationHub.Mapping.Execution;

/// <summary>Checks a document's references (lookup tables, target schema) and prepares every rule once.</summary>
internal static class MappingCompiler
{
    public static CompiledMapping Compile(MappingDocument document, IMappingCatalog catalog, ExpressionCompiler expressions, out List<FlowValidationError> errors)
    {
        var found = new List<FlowValidationError>();
        SchemaDocument? schema = null;
        if (document.TargetSchema is { } schemaId && (schema = catalog.FindSchema(schemaId)) is null)
        {
            found.Add(new FlowValidationError(document.Source, "$.targetSchema", $"there is no schema '{schemaId}' (expected flows/schemas/{schemaId}.schema.json)", "unknown-schema"));
        }

        // One string instance per target name: output objects find properties by reference before comparing text.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = CompileRules(document.Rules, "$", [.. MappingDocumentParser.StandardNames]);
        errors = found;
        return new CompiledMapping(document, rules, schema);

        CompiledRule[] CompileRules(IReadOnlyList<MappingRule> source, string pattern, string[] parameters) =>
            [.. source.Select(rule => CompileRule(rule, pattern, parameters))];

        CompiledRule CompileRule(MappingRule rule, string pattern, string[] parameters)
        {
            if (rule.Lookup is { } lookup && catalog.FindLookup(lookup) is null)
            {
                found.Add(new FlowValidationError(document.Source, rule.Path + ".lookup", $"there is no lookup table '{lookup}' (expected flows/lookups/{lookup}.json)", "unknown-lookup"));
            }

            var targetPattern = $"{pattern}.{rule.Target}";
            var childParameters = rule.As is null ? parameters : [.. parameters, rule.As];
            return new CompiledRule
            {
                Rule = rule,
                TargetSegments = [.. rule.Target.Split('.').Select(segment => names.TryAdd(segment, segment) ? segment : names[segment])],
                Pattern = targetPattern,
                Source = rule.Source is null ? null : SourcePath.TryParse(rule.Source, out _),
                Expression = Prepare(rule.Expression, parameters, rule.Path + (rule.Kind == MappingRuleKind.Array ? ".forEach" : ".expression")),
                When = Prepare(rule.When, parameters, rule.Path + ".when"),
                Where = Prepare(rule.Where, childParameters, rule.Path + ".where"),
                Children = CompileRules(rule.Rules, rule.Kind == MappingRuleKind.Array ? targetPattern + "[]" : targetPattern, childParameters),
            };
        }

        CompiledExpression? Prepare(string? expression, string[] parameters, string path)
        {
            if (expression is null)
            {
                return null;
            }

            try
            {
                return expressions.Compile(expression, parameters);
            }
            catch (ExpressionException e)
            {
                found.Add(new FlowValidationError(document.Source, path, e.Detail, "expression"));
                return null;
            }
        }
    }
}
