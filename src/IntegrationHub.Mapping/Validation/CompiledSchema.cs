using System.Collections.Frozen;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema.Validation.FormatValidators;

namespace IntegrationHub.Mapping.Validation;

/// <summary>
/// A target schema compiled once into <see cref="SchemaCheck"/>s, so that a valid output is confirmed without
/// building a Json.NET token tree and running NJsonSchema on it (which cost ten times the mapping itself). Only an
/// output the checks cannot confirm goes to NJsonSchema, which then gives the errors and their messages exactly as
/// before. A schema using a keyword the checks do not implement is not compiled at all (<see cref="TryCompile"/>
/// returns null) and every output goes to NJsonSchema.
/// </summary>
internal sealed class CompiledSchema
{
    /// <summary>Keywords that never make NJsonSchema report an error.</summary>
    private static readonly FrozenSet<string> Annotations = FrozenSet.ToFrozenSet(
    [
        "$schema", "$id", "id", "$comment", "title", "description", "examples", "default", "definitions", "$defs",
        "readOnly", "writeOnly", "deprecated", "contentMediaType", "contentEncoding",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Supported = FrozenSet.ToFrozenSet(
    [
        "$ref", "type", "enum", "pattern", "minLength", "maxLength", "format", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "properties", "required", "additionalProperties", "patternProperties", "propertyNames",
        "minProperties", "maxProperties", "items", "minItems", "maxItems", "uniqueItems", "anyOf", "allOf",
    ], StringComparer.Ordinal);

    /// <summary>The formats whose NJsonSchema validators are known here; any other format makes the schema uncompiled.</summary>
    private static readonly FrozenDictionary<string, IFormatValidator[]> Formats = new Dictionary<string, IFormatValidator[]>(StringComparer.Ordinal)
    {
        ["date"] = [new DateFormatValidator()],
        ["date-time"] = [new DateTimeFormatValidator()],
        ["email"] = [new EmailFormatValidator()],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly SchemaCheck _root;

    private CompiledSchema(SchemaCheck root) => _root = root;

    /// <summary>True when the value certainly satisfies the schema; false means "ask NJsonSchema".</summary>
    public bool Accepts(JsonNode? value)
    {
        try
        {
            return _root.Accepts(value);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or OverflowException or Newtonsoft.Json.JsonException)
        {
            // An unusual value (a number JSON cannot write, a node of an odd type): NJsonSchema decides.
            return false;
        }
    }

    /// <summary>Compiles a schema; null when it uses anything the checks do not implement exactly or more strictly.</summary>
    public static CompiledSchema? TryCompile(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject root)
            {
                return null;
            }

            var compiler = new Compiler(root);
            var check = compiler.Compile(root);
            return check is null ? null : new CompiledSchema(check);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Compiles the schemas of one document; <c>$ref</c>s share one check per target, so recursive schemas work.</summary>
    private sealed class Compiler(JsonObject root)
    {
        private readonly Dictionary<string, SchemaCheck> _references = new(StringComparer.Ordinal);
        private readonly List<(string Pointer, SchemaCheck Check)> _pending = [];

        public SchemaCheck? Compile(JsonObject schema)
        {
            var check = CompileSchema(schema);
            while (check is not null && _pending.Count > 0)
            {
                var (pointer, target) = _pending[^1];
                _pending.RemoveAt(_pending.Count - 1);
                if (Find(pointer) is not JsonObject referenced || !Fill(target, referenced))
                {
                    return null;
                }
            }

            return check;
        }

        private SchemaCheck? CompileSchema(JsonNode? node)
        {
            if (node is not JsonObject schema)
            {
                // Boolean schemas (true/false) and anything else: not compiled.
                return null;
            }

            var check = new SchemaCheck();
            return Fill(check, schema) ? check : null;
        }

        private bool Fill(SchemaCheck check, JsonObject schema)
        {
            foreach (var (keyword, _) in schema)
            {
                if (!Annotations.Contains(keyword) && !Supported.Contains(keyword) && !keyword.StartsWith("x-", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            if ((string?)schema["$ref"] is { } pointer)
            {
                if (!_references.TryGetValue(pointer, out var target))
                {
                    target = new SchemaCheck();
                    _references[pointer] = target;
                    _pending.Add((pointer, target));
                }

                check.Reference = target;
            }

            return FillTypes(check, schema)
                && FillEnum(check, schema)
                && FillStrings(check, schema)
                && FillNumbers(check, schema)
                && FillObjects(check, schema)
                && FillArrays(check, schema)
                && FillCombinations(check, schema);
        }

        private static bool FillTypes(SchemaCheck check, JsonObject schema)
        {
            var names = schema["type"] switch
            {
                null => [],
                JsonValue single when single.TryGetValue<string>(out var name) => [name],
                JsonArray several when several.All(t => t is JsonValue v && v.TryGetValue<string>(out _)) => several.Select(t => (string)t!).ToArray(),
                _ => (string[]?)null,
            };
            if (names is null)
            {
                return false;
            }

            foreach (var name in names)
            {
                SchemaTypes? type = name switch
                {
                    "null" => SchemaTypes.Null,
                    "boolean" => SchemaTypes.Boolean,
                    "object" => SchemaTypes.Object,
                    "array" => SchemaTypes.Array,
                    "number" => SchemaTypes.Number,
                    "string" => SchemaTypes.String,
                    "integer" => SchemaTypes.Integer,
                    _ => null,
                };
                if (type is null)
                {
                    return false;
                }

                check.Types |= type.Value;
            }

            // Without a type, object keywords still demand an object here: stricter than needed at worst.
            if (check.Types == SchemaTypes.None && (schema.ContainsKey("properties") || schema.ContainsKey("additionalProperties") || schema.ContainsKey("patternProperties")))
            {
                check.Types = SchemaTypes.Object;
            }

            return true;
        }

        private static bool FillEnum(SchemaCheck check, JsonObject schema)
        {
            if (schema["enum"] is not { } values)
            {
                return true;
            }

            if (values is not JsonArray array)
            {
                return false;
            }

            var strings = new List<string>();
            var integers = new List<long>();
            bool isTrue = false, isFalse = false;
            foreach (var value in array)
            {
                switch (value?.GetValueKind())
                {
                    case System.Text.Json.JsonValueKind.String:
                        strings.Add(value.GetValue<string>());
                        break;
                    case System.Text.Json.JsonValueKind.Number when value.AsValue().TryGetValue<long>(out var number):
                        integers.Add(number);
                        break;
                    case System.Text.Json.JsonValueKind.True:
                        isTrue = true;
                        break;
                    case System.Text.Json.JsonValueKind.False:
                        isFalse = true;
                        break;
                    default:
                        // null, fractions, objects and arrays: values only NJsonSchema's text comparison can judge.
                        break;
                }
            }

            check.Enum = (strings.ToFrozenSet(StringComparer.Ordinal), integers.ToFrozenSet(), isTrue, isFalse);
            return true;
        }

        private static bool FillStrings(SchemaCheck check, JsonObject schema)
        {
            if ((string?)schema["pattern"] is { Length: > 0 } pattern)
            {
                check.Pattern = new Regex(pattern, RegexOptions.None, RegexTimeout);
            }

            check.MinLength = Integer(schema["minLength"]);
            check.MaxLength = Integer(schema["maxLength"]);
            if ((string?)schema["format"] is { } format)
            {
                if (!Formats.TryGetValue(format, out var validators))
                {
                    return false;
                }

                check.Formats = validators;
            }

            return true;
        }

        private static bool FillNumbers(SchemaCheck check, JsonObject schema)
        {
            check.Minimum = Number(schema["minimum"]);
            check.Maximum = Number(schema["maximum"]);
            switch (schema["exclusiveMinimum"])
            {
                case null:
                    break;
                case JsonValue flag when flag.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False:
                    check.MinimumIsExclusive = flag.GetValue<bool>();
                    break;
                case var bound:
                    check.ExclusiveMinimum = Number(bound) ?? throw new FormatException("exclusiveMinimum is neither a number nor a boolean");
                    break;
            }

            switch (schema["exclusiveMaximum"])
            {
                case null:
                    break;
                case JsonValue flag when flag.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False:
                    check.MaximumIsExclusive = flag.GetValue<bool>();
                    break;
                case var bound:
                    check.ExclusiveMaximum = Number(bound) ?? throw new FormatException("exclusiveMaximum is neither a number nor a boolean");
                    break;
            }

            return true;
        }

        private bool FillObjects(SchemaCheck check, JsonObject schema)
        {
            if (schema["properties"] is JsonObject properties)
            {
                var compiled = new Dictionary<string, SchemaCheck>(StringComparer.Ordinal);
                foreach (var (name, property) in properties)
                {
                    if (CompileSchema(property) is not { } propertyCheck)
                    {
                        return false;
                    }

                    compiled[name] = propertyCheck;
                }

                check.Properties = compiled.ToFrozenDictionary(StringComparer.Ordinal);
            }
            else if (schema.ContainsKey("properties"))
            {
                return false;
            }

            if (schema["required"] is { } required)
            {
                if (required is not JsonArray names || names.Any(n => n is not JsonValue v || !v.TryGetValue<string>(out _)))
                {
                    return false;
                }

                check.Required = [.. names.Select(n => (string)n!)];
            }

            switch (schema["additionalProperties"])
            {
                case null:
                    break;
                case JsonValue allowed when allowed.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False:
                    check.AdditionalForbidden = !allowed.GetValue<bool>();
                    break;
                case var additional:
                    check.Additional = CompileSchema(additional);
                    if (check.Additional is null)
                    {
                        return false;
                    }

                    break;
            }

            if (schema["patternProperties"] is JsonObject patterns)
            {
                var compiled = new List<(Regex, SchemaCheck)>();
                foreach (var (pattern, property) in patterns)
                {
                    if (CompileSchema(property) is not { } propertyCheck)
                    {
                        return false;
                    }

                    compiled.Add((new Regex(pattern, RegexOptions.None, RegexTimeout), propertyCheck));
                }

                check.PatternProperties = [.. compiled];
            }

            if (schema.ContainsKey("propertyNames"))
            {
                check.PropertyNames = CompileSchema(schema["propertyNames"]);
                if (check.PropertyNames is null)
                {
                    return false;
                }
            }

            check.MinProperties = Integer(schema["minProperties"]) ?? 0;
            check.MaxProperties = Integer(schema["maxProperties"]) ?? 0;
            return true;
        }

        private bool FillArrays(SchemaCheck check, JsonObject schema)
        {
            switch (schema["items"])
            {
                case null:
                    break;
                case JsonObject items:
                    check.Items = CompileSchema(items);
                    if (check.Items is null)
                    {
                        return false;
                    }

                    break;

                // Tuples (an array of schemas) are not compiled.
                default:
                    return false;
            }

            if (schema["uniqueItems"] is JsonValue unique && unique.GetValueKind() != System.Text.Json.JsonValueKind.False)
            {
                return false;
            }

            check.MinItems = Integer(schema["minItems"]) ?? 0;
            check.MaxItems = Integer(schema["maxItems"]) ?? 0;
            return true;
        }

        private bool FillCombinations(SchemaCheck check, JsonObject schema)
        {
            var allOf = Schemas(schema["allOf"]);
            var anyOf = Schemas(schema["anyOf"]);
            if (allOf is null || anyOf is null)
            {
                return false;
            }

            check.AllOf = allOf;
            check.AnyOf = anyOf;
            return true;
        }

        private SchemaCheck[]? Schemas(JsonNode? node)
        {
            switch (node)
            {
                case null:
                    return [];
                case JsonArray array:
                    var checks = new SchemaCheck[array.Count];
                    for (var i = 0; i < checks.Length; i++)
                    {
                        if (CompileSchema(array[i]) is not { } check)
                        {
                            return null;
                        }

                        checks[i] = check;
                    }

                    return checks;
                default:
                    return null;
            }
        }

        /// <summary>Resolves a local JSON pointer (<c>#/definitions/x</c>, <c>#/$defs/x</c>); anything else is not compiled.</summary>
        private JsonNode? Find(string pointer)
        {
            if (pointer == "#")
            {
                return root;
            }

            if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                return null;
            }

            JsonNode? node = root;
            foreach (var segment in pointer[2..].Split('/'))
            {
                var name = Uri.UnescapeDataString(segment).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
                if (node is null)
                {
                    return null;
                }
            }

            return node;
        }

        private static int? Integer(JsonNode? node) =>
            node is null ? null : node is JsonValue value && value.TryGetValue<int>(out var number) && number >= 0 ? number : throw new FormatException("not a non-negative integer");

        private static decimal? Number(JsonNode? node) =>
            node is null ? null : node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : throw new FormatException("not a number");
    }
}
