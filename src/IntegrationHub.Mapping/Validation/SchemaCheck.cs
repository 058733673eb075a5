using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation.FormatValidators;

namespace IntegrationHub.Mapping.Validation;

/// <summary>
/// One schema (or sub-schema) compiled to checks over <see cref="JsonNode"/> values: the fast path of target-schema
/// validation (see <see cref="CompiledSchema"/>). <see cref="Accepts(JsonNode?)"/> answers "certainly valid": true only when
/// NJsonSchema, given the token <see cref="JsonTokens"/> builds, would report no error. Every check is as strict as
/// NJsonSchema's or stricter (a stricter "no" only sends the value to NJsonSchema, which has the last word); where
/// NJsonSchema's semantics are delicate (numbers, formats) the checks use NJsonSchema's and Json.NET's own code.
/// Immutable once compiled; thread-safe.
/// </summary>
internal sealed class SchemaCheck
{
    private const int MaxDepth = 64;

    public SchemaTypes Types { get; set; }

    /// <summary>A local <c>$ref</c>, checked in addition to this schema's own keywords.</summary>
    public SchemaCheck? Reference { get; set; }

    public SchemaCheck[] AllOf { get; set; } = [];

    public SchemaCheck[] AnyOf { get; set; } = [];

    /// <summary>Allowed strings, integers and booleans of an <c>enum</c>; null when there is no enum.</summary>
    public (FrozenSet<string> Strings, FrozenSet<long> Integers, bool True, bool False)? Enum { get; set; }

    public Regex? Pattern { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>NJsonSchema's own validators of the <c>format</c>; any of them accepting is enough, as there.</summary>
    public IFormatValidator[]? Formats { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    public bool MinimumIsExclusive { get; set; }

    public bool MaximumIsExclusive { get; set; }

    public decimal? ExclusiveMinimum { get; set; }

    public decimal? ExclusiveMaximum { get; set; }

    public FrozenDictionary<string, SchemaCheck>? Properties { get; set; }

    public string[] Required { get; set; } = [];

    public bool AdditionalForbidden { get; set; }

    public SchemaCheck? Additional { get; set; }

    public (Regex Pattern, SchemaCheck Check)[] PatternProperties { get; set; } = [];

    public SchemaCheck? PropertyNames { get; set; }

    public int MinProperties { get; set; }

    public int MaxProperties { get; set; }

    public SchemaCheck? Items { get; set; }

    public int MinItems { get; set; }

    public int MaxItems { get; set; }

    private bool HasNumberBounds => Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null;

    /// <summary>True when the value certainly satisfies the schema (NJsonSchema would report nothing).</summary>
    public bool Accepts(JsonNode? value) => Accepts(value, 0);

    /// <summary>The check of a property name (<c>propertyNames</c>): the name as a JSON string.</summary>
    public bool AcceptsName(string name) => Accepts(JsonValue.Create(name), 0);

    private bool Accepts(JsonNode? value, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        if (Reference is not null && !Reference.Accepts(value, depth + 1))
        {
            return false;
        }

        foreach (var all in AllOf)
        {
            if (!all.Accepts(value, depth + 1))
            {
                return false;
            }
        }

        if (AnyOf.Length > 0 && !AnyOneAccepts(value, depth))
        {
            return false;
        }

        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        if (Types != SchemaTypes.None && !TypeMatches(value, kind))
        {
            return false;
        }

        if (Enum is { } allowed && !InEnum(value, kind, allowed))
        {
            return false;
        }

        if (kind != JsonValueKind.Object && Required.Length > 0)
        {
            // NJsonSchema reports a missing required property even when the value is not an object at all.
            return false;
        }

        return kind switch
        {
            JsonValueKind.String => StringAccepted((JsonValue)value!),
            JsonValueKind.Number => !HasNumberBounds || NumberAccepted((JsonValue)value!),
            JsonValueKind.Object => ObjectAccepted((JsonObject)value!, depth),
            JsonValueKind.Array => ArrayAccepted((JsonArray)value!, depth),
            _ => true,
        };
    }

    private bool AnyOneAccepts(JsonNode? value, int depth)
    {
        foreach (var any in AnyOf)
        {
            if (any.Accepts(value, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool TypeMatches(JsonNode? value, JsonValueKind kind) => kind switch
    {
        JsonValueKind.Null => Types.HasFlag(SchemaTypes.Null),
        JsonValueKind.True or JsonValueKind.False => Types.HasFlag(SchemaTypes.Boolean),
        JsonValueKind.Object => Types.HasFlag(SchemaTypes.Object),
        JsonValueKind.Array => Types.HasFlag(SchemaTypes.Array),
        JsonValueKind.String => Types.HasFlag(SchemaTypes.String),
        JsonValueKind.Number => Types.HasFlag(SchemaTypes.Number) || (Types.HasFlag(SchemaTypes.Integer) && IsIntegerToken((JsonValue)value!)),
        _ => false,
    };

    /// <summary>Whether NJsonSchema sees an integer token: the very token <see cref="JsonTokens"/> builds decides.</summary>
    private static bool IsIntegerToken(JsonValue value) =>
        value.TryGetValue<long>(out _) || JsonTokens.From(value).Type == JTokenType.Integer;

    private static bool InEnum(JsonNode? value, JsonValueKind kind, (FrozenSet<string> Strings, FrozenSet<long> Integers, bool True, bool False) allowed) => kind switch
    {
        // Exact matches only; NJsonSchema compares text forms (so it also accepts e.g. 1 for "1"): it decides those.
        JsonValueKind.String => value!.AsValue().TryGetValue<string>(out var text) && allowed.Strings.Contains(text),
        JsonValueKind.Number => value!.AsValue().TryGetValue<long>(out var number) && allowed.Integers.Contains(number),
        JsonValueKind.True => allowed.True,
        JsonValueKind.False => allowed.False,
        _ => false,
    };

    private bool StringAccepted(JsonValue value)
    {
        if (Pattern is null && MinLength is null && MaxLength is null && Formats is null)
        {
            return true;
        }

        if (!value.TryGetValue<string>(out var text))
        {
            return false;
        }

        if (MinLength is { } min && text.Length < min)
        {
            return false;
        }

        if (MaxLength is { } max && text.Length > max)
        {
            return false;
        }

        try
        {
            if (Pattern is not null && !Pattern.IsMatch(text))
            {
                return false;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        if (Formats is not null)
        {
            foreach (var format in Formats)
            {
                if (format.IsValid(text, JTokenType.String))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    /// <summary>The bounds as NJsonSchema checks them: on the token's decimal value, or its double when that overflows.</summary>
    private bool NumberAccepted(JsonValue value)
    {
        if (value.TryGetValue<long>(out var integer))
        {
            return WithinBounds(integer);
        }

        var token = JsonTokens.From(value);
        decimal number;
        try
        {
            number = token.Value<decimal>();
        }
        catch (OverflowException)
        {
            var real = token.Value<double>();
            return !((Minimum is { } min && (MinimumIsExclusive ? real <= (double)min : real < (double)min))
                || (Maximum is { } max && (MaximumIsExclusive ? real >= (double)max : real > (double)max))
                || (ExclusiveMinimum is { } emin && real <= (double)emin)
                || (ExclusiveMaximum is { } emax && real >= (double)emax));
        }

        return WithinBounds(number);
    }

    private bool WithinBounds(decimal number) =>
        !((Minimum is { } min && (MinimumIsExclusive ? number <= min : number < min))
            || (Maximum is { } max && (MaximumIsExclusive ? number >= max : number > max))
            || (ExclusiveMinimum is { } emin && number <= emin)
            || (ExclusiveMaximum is { } emax && number >= emax));

    private bool ObjectAccepted(JsonObject obj, int depth)
    {
        var count = obj.Count;
        if ((MinProperties > 0 && count < MinProperties) || (MaxProperties > 0 && count > MaxProperties))
        {
            return false;
        }

        foreach (var name in Required)
        {
            if (!obj.ContainsKey(name))
            {
                return false;
            }
        }

        // Indexed rather than foreach: the enumerator of a JsonObject is boxed, and this runs on every output.
        for (var i = 0; i < count; i++)
        {
            var (name, child) = obj.GetAt(i);
            if (PropertyNames is not null && !PropertyNames.AcceptsName(name))
            {
                return false;
            }

            SchemaCheck? property = null;
            var declared = Properties is not null && Properties.TryGetValue(name, out property);
            if (declared && !property!.Accepts(child, depth + 1))
            {
                return false;
            }

            if (!PatternsAccept(name, child, depth, out var matched))
            {
                return false;
            }

            if (!declared && !matched && (AdditionalForbidden || (Additional is not null && !Additional.Accepts(child, depth + 1))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every pattern property whose pattern matches the name must accept the value, declared property or not: NJsonSchema
    /// versions differ on which patterns apply to which properties, and applying all of them is at least as strict as any.
    /// </summary>
    private bool PatternsAccept(string name, JsonNode? child, int depth, out bool matched)
    {
        matched = false;
        foreach (var (pattern, check) in PatternProperties)
        {
            bool matches;
            try
            {
                matches = pattern.IsMatch(name);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }

            if (matches)
            {
                matched = true;
                if (!check.Accepts(child, depth + 1))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool ArrayAccepted(JsonArray array, int depth)
    {
        var count = array.Count;
        if ((MinItems > 0 && count < MinItems) || (MaxItems > 0 && count > MaxItems))
        {
            return false;
        }

        if (Items is not null)
        {
            for (var i = 0; i < count; i++)
            {
                if (!Items.Accepts(array[i], depth + 1))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
