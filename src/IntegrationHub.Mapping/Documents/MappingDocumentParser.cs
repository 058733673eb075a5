using System.Text.Json.Nodes;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Lookups;
using IntegrationHub.Mapping.Validation;
using NJsonSchema;

namespace IntegrationHub.Mapping.Documents;

/// <summary>Validates a mapping document against the published schema and the rule-shape rules, and builds the model.</summary>
internal static class MappingDocumentParser
{
    private const string ResourceName = "IntegrationHub.Mapping.mapping.schema.json";

    /// <summary>Names every mapping expression can read; an array rule's 'as' must not shadow them.</summary>
    public static readonly string[] StandardNames = ["input", "item", "index", "parent", "vars"];

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(ReadPublishedSchema()).GetAwaiter().GetResult());

    private static readonly Lazy<JsonSchema> LookupSchema = new(() => Schema.Value.Definitions["lookupTable"]);

    public static string ReadPublishedSchema()
    {
        using var stream = typeof(MappingDocumentParser).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static MappingDocument Parse(JsonObject root, string source)
    {
        var errors = new List<FlowValidationError>();
        foreach (var (path, message) in SchemaErrors.Describe(Schema.Value.Validate(root.ToJsonString())))
        {
            errors.Add(new FlowValidationError(source, path, message, "schema"));
        }

        var rules = ReadRules(root["rules"] as JsonArray, "$.rules", [], source, errors);
        if (errors.Count > 0)
        {
            throw new MappingValidationException(errors);
        }

        return new MappingDocument(root, source, rules);
    }

    public static LookupTable ParseLookup(JsonObject root, string source)
    {
        var errors = SchemaErrors.Describe(LookupSchema.Value.Validate(root.ToJsonString()))
            .Select(e => new FlowValidationError(source, e.Path, e.Message, "schema"))
            .ToList();
        if (errors.Count > 0)
        {
            throw new MappingValidationException(errors);
        }

        return new LookupTable(
            (string)root["id"]!,
            root["entries"]!.AsObject(),
            ParseOnMissing((string)root["onMissing"]!),
            root["default"],
            root["ignoreCase"] is JsonValue ic && ic.GetValue<bool>())
        {
            Description = (string?)root["description"],
            Source = source,
        };
    }

    public static LookupMissingBehavior ParseOnMissing(string text) => text switch
    {
        "default" => LookupMissingBehavior.Default,
        "passThrough" => LookupMissingBehavior.PassThrough,
        _ => LookupMissingBehavior.Error,
    };

    private static List<MappingRule> ReadRules(JsonArray? array, string path, List<string> aliases, string source, List<FlowValidationError> errors)
    {
        var rules = new List<MappingRule>();
        if (array is null)
        {
            return rules;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject rule && ReadRule(rule, $"{path}[{i}]", aliases, source, errors) is { } parsed)
            {
                rules.Add(parsed);
            }
        }

        // The same target written twice without conditions is a mistake: the second silently wins.
        foreach (var group in rules.Where(r => r.When is null).GroupBy(r => r.Target, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                errors.Add(new FlowValidationError(source, duplicate.Path, $"target '{group.Key}' is already written by {group.First().Path}; give one of them a 'when' condition", "duplicate-target"));
            }
        }

        return rules;
    }

    private static MappingRule? ReadRule(JsonObject rule, string path, List<string> aliases, string source, List<FlowValidationError> errors)
    {
        var before = errors.Count;
        void Error(string where, string message) => errors.Add(new FlowValidationError(source, where, message, "rule"));

        var target = Str(rule, "target");
        var from = Str(rule, "source");
        var expression = Str(rule, "expression");
        var hasValue = rule.ContainsKey("value");
        var forEach = Str(rule, "forEach");
        var hasRules = rule["rules"] is JsonArray;
        var alias = Str(rule, "as");

        MappingRuleKind kind;
        if (forEach is not null)
        {
            kind = MappingRuleKind.Array;
            if (!hasRules)
            {
                Error(path, "an array rule (forEach) needs 'rules' that build each element");
            }

            if (from is not null || expression is not null || hasValue)
            {
                Error(path, "an array rule takes its elements from 'forEach'; remove 'source', 'expression' and 'value'");
            }
        }
        else
        {
            var count = (from is not null ? 1 : 0) + (expression is not null ? 1 : 0) + (hasValue ? 1 : 0);
            if (hasRules)
            {
                kind = MappingRuleKind.Object;
                if (hasValue || (expression is not null && from is not null))
                {
                    Error(path, "an object rule builds its value from 'rules'; either 'source' (a path) or 'expression' may give the object they read, and 'value' is not allowed");
                }
            }
            else if (count != 1)
            {
                Error(path, count == 0
                    ? "the rule needs exactly one of 'source' (a path), 'expression' (=...), 'value' (a constant), 'forEach' (array rule) or 'rules' (object rule)"
                    : "the rule has more than one of 'source', 'expression' and 'value'; keep exactly one");
                return null;
            }

            kind = hasRules ? MappingRuleKind.Object : from is not null ? MappingRuleKind.Source : expression is not null ? MappingRuleKind.Expression : MappingRuleKind.Constant;
        }

        foreach (var name in new[] { "where", "as" })
        {
            if (rule.ContainsKey(name) && kind != MappingRuleKind.Array)
            {
                Error($"{path}.{name}", $"'{name}' only applies to array rules (forEach)");
            }
        }

        if (kind is MappingRuleKind.Array or MappingRuleKind.Object)
        {
            foreach (var name in new[] { "lookup", "type", "onMissing" })
            {
                if (rule.ContainsKey(name))
                {
                    Error($"{path}.{name}", $"'{name}' applies to value rules, not to {(kind == MappingRuleKind.Array ? "array" : "object")} rules");
                }
            }
        }

        if (rule.ContainsKey("onMissing") && !rule.ContainsKey("lookup"))
        {
            Error($"{path}.onMissing", "'onMissing' needs a 'lookup' on the same rule");
        }

        if (from is not null && SourcePath.TryParse(from, out var pathError) is null)
        {
            Error($"{path}.source", pathError!);
        }

        string? forEachExpression = null;
        if (forEach is not null)
        {
            if (ExpressionSyntax.IsExpression(forEach))
            {
                forEachExpression = forEach;
                CheckExpression(forEach, $"{path}.forEach");
            }
            else if (SourcePath.TryParse(forEach, out var forEachError) is null)
            {
                Error($"{path}.forEach", forEachError!);
            }
        }

        if (expression is not null)
        {
            CheckExpression(expression, $"{path}.expression");
        }

        foreach (var name in new[] { "when", "where" })
        {
            if (Str(rule, name) is { } condition)
            {
                CheckExpression(condition, $"{path}.{name}");
            }
        }

        if (alias is not null && (StandardNames.Contains(alias) || aliases.Contains(alias)))
        {
            Error($"{path}.as", $"'{alias}' is already a name in this scope ({string.Join(", ", StandardNames.Concat(aliases))}); choose another");
        }

        var nestedAliases = alias is null ? aliases : [.. aliases, alias];
        var children = hasRules ? ReadRules(rule["rules"] as JsonArray, $"{path}.rules", nestedAliases, source, errors) : [];
        if (errors.Count > before || target is null)
        {
            return null;
        }

        return new MappingRule
        {
            Path = path,
            Kind = kind,
            Target = target,
            Source = kind == MappingRuleKind.Array ? (forEachExpression is null ? forEach : null) : from,
            Expression = kind == MappingRuleKind.Array ? forEachExpression : expression,
            Value = hasValue ? rule["value"] : null,
            When = Str(rule, "when"),
            Where = Str(rule, "where"),
            As = alias,
            Type = Str(rule, "type"),
            Lookup = Str(rule, "lookup"),
            OnMissing = Str(rule, "onMissing") is { } onMissing ? ParseOnMissing(onMissing) : null,
            Default = rule["default"],
            Rules = children,
        };

        void CheckExpression(string text, string where)
        {
            if (!ExpressionSyntax.IsExpression(text))
            {
                Error(where, "an expression must start with '=' (a string starting with '==' is a literal)");
            }
            else if (ExpressionSyntax.Check(text, out _) is { } message)
            {
                Error(where, message);
            }
        }
    }

    private static string? Str(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
