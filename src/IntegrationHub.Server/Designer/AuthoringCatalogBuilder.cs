using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Flows.Validation;

namespace IntegrationHub.Server.Designer;

/// <summary>
/// Derives the editor's step and trigger kinds and their fields from the published flow schema (the very file the
/// validator embeds), so a field added to the schema appears in the property panel without designer changes.
/// </summary>
internal static class AuthoringCatalogBuilder
{
    private const string ResourceName = "IntegrationHub.Flows.flow.schema.json";

    private static readonly Lazy<(IReadOnlyList<NodeKindDescriptor> Steps, IReadOnlyList<NodeKindDescriptor> Triggers, IReadOnlyList<string> Categories)> Kinds =
        new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IReadOnlyList<NodeKindDescriptor> StepKinds => Kinds.Value.Steps;

    public static IReadOnlyList<NodeKindDescriptor> TriggerKinds => Kinds.Value.Triggers;

    public static IReadOnlyList<string> ErrorCategories => Kinds.Value.Categories;

    private static (IReadOnlyList<NodeKindDescriptor>, IReadOnlyList<NodeKindDescriptor>, IReadOnlyList<string>) Build()
    {
        using var stream = typeof(FlowValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The flow schema resource '{ResourceName}' is missing from IntegrationHub.Flows.");
        var schema = JsonNode.Parse(stream)!.AsObject();
        var definitions = schema["definitions"]!.AsObject();
        var categories = Strings(definitions["errorCategory"]?["enum"]);
        var steps = Strings(definitions["step"]?["properties"]?["kind"]?["enum"])
            .Select(kind => Describe(kind, definitions[kind + "Step"]?.AsObject(), definitions, categories))
            .ToList();
        var triggers = Strings(definitions["trigger"]?["properties"]?["kind"]?["enum"])
            .Select(kind => Describe(kind, definitions[kind + "Trigger"]?.AsObject(), definitions, categories))
            .ToList();
        return (steps, triggers, categories);
    }

    private static NodeKindDescriptor Describe(string kind, JsonObject? definition, JsonObject definitions, IReadOnlyList<string> categories)
    {
        if (definition?["properties"] is not JsonObject properties)
        {
            return new NodeKindDescriptor(kind, []);
        }

        var required = Strings(definition["required"]).ToHashSet(StringComparer.Ordinal);
        var fields = new List<FieldDescriptor>();
        foreach (var (name, node) in properties)
        {
            if (name == "kind" || node is not JsonObject property)
            {
                continue;
            }

            var (fieldKind, options) = Classify(name, property, definitions, categories);
            var description = (string?)property["description"] ?? (Ref(property) is { } r ? (string?)definitions[r]?["description"] : null);
            fields.Add(new FieldDescriptor(name, fieldKind, required.Contains(name), description, options, ReferenceOf(kind, name), property["default"]?.ToJsonString()));
        }

        return new NodeKindDescriptor(kind, fields);
    }

    private static (FieldKind Kind, IReadOnlyList<string> Options) Classify(string name, JsonObject property, JsonObject definitions, IReadOnlyList<string> categories)
    {
        switch (Ref(property))
        {
            case "identifier": return (FieldKind.Identifier, []);
            case "expression": return (FieldKind.Expression, []);
            case "duration": return (FieldKind.Duration, []);
            case "value": return (FieldKind.Value, []);
            case "steps": return (FieldKind.Steps, []);
            case "errorCategory": return (FieldKind.Choice, categories);
        }

        if (Ref(property) is { } reference && definitions[reference] is JsonObject referenced && referenced["enum"] is JsonArray referencedValues)
        {
            return (FieldKind.Choice, Strings(referencedValues));
        }

        if (property["enum"] is JsonArray choices)
        {
            return (FieldKind.Choice, Strings(choices));
        }

        if (property["oneOf"] is JsonArray alternatives
            && alternatives.Any(a => (string?)a?["type"] == "integer")
            && alternatives.Any(a => a is JsonObject o && Ref(o) == "expression"))
        {
            return (FieldKind.IntegerOrExpression, []);
        }

        switch ((string?)property["type"])
        {
            case "integer": return (FieldKind.Integer, []);
            case "boolean": return (FieldKind.Boolean, []);
            case "array" when name == "cases": return (FieldKind.Cases, []);
            case "array" when name == "branches": return (FieldKind.Branches, []);
            case "object" when property["additionalProperties"] is JsonObject values:
                return Ref(values) switch
                {
                    "expression" => (FieldKind.ExpressionMap, []),
                    "value" => (FieldKind.ValueMap, []),
                    _ => (FieldKind.TextMap, []),
                };
            default: return (FieldKind.Text, []);
        }
    }

    private static string? ReferenceOf(string kind, string field) => (kind, field) switch
    {
        ("call", "connection") => FieldReferences.Connection,
        (_, "retryPolicy") => FieldReferences.RetryPolicy,
        ("map", "mapping") => FieldReferences.Mapping,
        ("validate", "schema") or (_, "inputSchema") => FieldReferences.Schema,
        ("subflow", "flow") => FieldReferences.Flow,
        _ => null,
    };

    private static string? Ref(JsonObject property) =>
        (string?)property["$ref"] is { } reference && reference.StartsWith("#/definitions/", StringComparison.Ordinal)
            ? reference["#/definitions/".Length..]
            : null;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(v => (string?)v).OfType<string>()] : [];
}
