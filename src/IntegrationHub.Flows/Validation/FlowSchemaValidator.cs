using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IntegrationHub.Flows.Validation;

/// <summary>
/// Structural validation against the published <c>flow.schema.json</c>. Steps and triggers are checked
/// against the definition of their own kind, so an error reads "connection is required" at the step
/// instead of an opaque "matches none of 13 step kinds".
/// </summary>
internal static class FlowSchemaValidator
{
    private const string ResourceName = "IntegrationHub.Flows.flow.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(LoadPerKindSchema, LazyThreadSafetyMode.ExecutionAndPublication);

    public static IEnumerable<FlowValidationError> Validate(JsonObject root, string file)
    {
        var schema = Schema.Value;
        var errors = new List<FlowValidationError>();
        errors.AddRange(Convert(schema.Validate(ToToken(root)), "$", file));

        foreach (var (trigger, path) in TriggerNodes(root))
        {
            if (trigger["kind"] is JsonValue k && k.TryGetValue<string>(out var kind)
                && schema.Definitions.TryGetValue(kind + "Trigger", out var definition))
            {
                errors.AddRange(Convert(definition.Validate(ToToken(trigger)), path, file));
            }
        }

        foreach (var (step, path) in StepNodes(root["steps"], "$.steps"))
        {
            if (step["kind"] is JsonValue k && k.TryGetValue<string>(out var kind)
                && schema.Definitions.TryGetValue(kind + "Step", out var definition))
            {
                errors.AddRange(Convert(definition.Validate(ToToken(step)), path, file));
            }
        }

        return errors;
    }

    /// <summary>Reads the embedded published schema text.</summary>
    public static string ReadPublishedSchema()
    {
        using var stream = typeof(FlowSchemaValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSchema LoadPerKindSchema()
    {
        // The published schema uses oneOf over step and trigger kinds so that editors can autocomplete.
        // For error reporting we loosen those two definitions and validate each node against its kind.
        var document = JsonNode.Parse(ReadPublishedSchema())!.AsObject();
        var definitions = document["definitions"]!.AsObject();
        definitions["step"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("id", "kind"),
            ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["enum"] = new JsonArray([.. StepKinds.All.Select(k => (JsonNode)k)]) } },
        };
        definitions["trigger"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("kind"),
            ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["enum"] = new JsonArray("http", "schedule", "event", "manual") } },
        };
        return JsonSchema.FromJsonAsync(document.ToJsonString()).GetAwaiter().GetResult();
    }

    private static IEnumerable<(JsonObject Node, string Path)> TriggerNodes(JsonObject root)
    {
        switch (root["trigger"])
        {
            case JsonObject single:
                yield return (single, "$.trigger");
                break;
            case JsonArray many:
                for (var i = 0; i < many.Count; i++)
                {
                    if (many[i] is JsonObject t)
                    {
                        yield return (t, $"$.trigger[{i}]");
                    }
                }

                break;
        }
    }

    /// <summary>Every step object in the document, nested ones included, with its JSON path.</summary>
    internal static IEnumerable<(JsonObject Node, string Path)> StepNodes(JsonNode? steps, string path)
    {
        if (steps is not JsonArray array)
        {
            yield break;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject step)
            {
                continue;
            }

            var stepPath = $"{path}[{i}]";
            yield return (step, stepPath);
            foreach (var nested in NestedLists(step, stepPath).SelectMany(n => StepNodes(n.Node, n.Path)))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<(JsonNode? Node, string Path)> NestedLists(JsonObject step, string path)
    {
        yield return (step["steps"], $"{path}.steps");
        yield return (step["default"], $"{path}.default");
        yield return (step["onTimeout"], $"{path}.onTimeout");
        foreach (var container in new[] { "cases", "branches" })
        {
            if (step[container] is JsonArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is JsonObject item)
                    {
                        yield return (item["steps"], $"{path}.{container}[{i}].steps");
                    }
                }
            }
        }
    }

    private static JToken ToToken(JsonNode node) => JToken.Parse(node.ToJsonString());

    private static IEnumerable<FlowValidationError> Convert(IEnumerable<ValidationError> errors, string basePath, string file)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && error.Kind is ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf)
            {
                // A oneOf left in the schema (trigger object-or-array, respond status int-or-expression):
                // say which shapes are allowed rather than dumping every branch's errors.
                yield return new FlowValidationError(file, JoinPath(basePath, error.Path), DescribeAlternatives(child), FlowValidationCodes.Schema);
                continue;
            }

            if (error is ChildSchemaValidationError wrapper)
            {
                // ArrayItemNotValid and friends only wrap the real errors of the item.
                foreach (var inner in Convert(wrapper.Errors.Values.SelectMany(e => e), basePath, file))
                {
                    yield return inner;
                }

                continue;
            }

            yield return new FlowValidationError(file, JoinPath(basePath, error.Path), Describe(error), FlowValidationCodes.Schema);
        }
    }

    private static string DescribeAlternatives(ChildSchemaValidationError error)
    {
        var shapes = error.Errors.Keys
            .Select(s => s.Type != JsonObjectType.None ? s.Type.ToString().ToLowerInvariant() : s.HasReference ? "a " + (s.Reference?.Title ?? "definition") : "value")
            .Distinct();
        return $"the value matches none of the allowed shapes ({string.Join(", ", shapes)})";
    }

    private static string JoinPath(string basePath, string? errorPath)
    {
        // NJsonSchema paths look like "#/steps[0].kind"; the user sees "$.steps[0].kind".
        var relative = (errorPath ?? "#").TrimStart('#').TrimStart('/');
        if (relative.Length == 0)
        {
            return basePath;
        }

        return relative[0] == '[' ? basePath + relative : $"{basePath}.{relative}";
    }

    private static string Describe(ValidationError error)
    {
        var property = error.Property is { Length: > 0 } p ? $"'{p}'" : "the value";
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"{property} is required",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"{property} is not a known property here",
            ValidationErrorKind.NotInEnumeration => $"{property} must be one of: {string.Join(", ", error.Schema?.Enumeration.Select(e => e?.ToString()) ?? [])}",
            ValidationErrorKind.PatternMismatch => $"{property} does not have the required form ({PatternHint(error.Schema)})",
            ValidationErrorKind.StringExpected => $"{property} must be a string",
            ValidationErrorKind.IntegerExpected => $"{property} must be an integer",
            ValidationErrorKind.NumberExpected => $"{property} must be a number",
            ValidationErrorKind.BooleanExpected => $"{property} must be true or false",
            ValidationErrorKind.ObjectExpected => $"{property} must be an object",
            ValidationErrorKind.ArrayExpected => $"{property} must be an array",
            ValidationErrorKind.StringTooShort => $"{property} is too short (at least {error.Schema?.MinLength} characters)",
            ValidationErrorKind.StringTooLong => $"{property} is too long (at most {error.Schema?.MaxLength} characters)",
            ValidationErrorKind.NumberTooSmall => $"{property} is below the minimum {error.Schema?.Minimum}",
            ValidationErrorKind.NumberTooBig => $"{property} is above the maximum {error.Schema?.Maximum}",
            ValidationErrorKind.TooFewItems => $"{property} needs at least {error.Schema?.MinItems} item(s)",
            ValidationErrorKind.TooManyItems => $"{property} allows at most {error.Schema?.MaxItems} item(s)",
            ValidationErrorKind.ItemsNotUnique => $"{property} must not repeat items",
            ValidationErrorKind.TooFewProperties => $"{property} needs at least {error.Schema?.MinProperties} entr(y/ies)",
            _ => $"{property}: {error.Kind}",
        };
    }

    private static string PatternHint(JsonSchema? schema)
    {
        if (schema?.Description is { Length: > 0 } description)
        {
            return description.TrimEnd('.');
        }

        return schema?.Pattern switch
        {
            "^=" => "an expression starting with '='",
            null => "see the schema",
            var pattern when pattern.StartsWith("^[a-zA-Z]", StringComparison.Ordinal) => "a letter, then letters, digits, '_' or '-'",
            var pattern => "pattern " + pattern,
        };
    }
}
