using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Lookups;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>A helper refused its arguments; the sandbox turns it into a JavaScript <c>TypeError</c> with this message.</summary>
internal sealed class HelperException(string message) : Exception(message);

/// <summary>What <c>lookup(table, key, fallback?)</c> returns.</summary>
internal enum LookupOutcome
{
    /// <summary>The key was null or undefined: null.</summary>
    Null,

    /// <summary>The entry (the node given).</summary>
    Hit,

    /// <summary>The caller's fallback argument.</summary>
    Fallback,

    /// <summary>The table's default (the node given).</summary>
    Default,

    /// <summary>The key unchanged.</summary>
    PassThrough,
}

/// <summary>
/// The bodies of the host helpers (<c>lookup</c>, <c>convertUnit</c>, dates, numbers), free of any engine: the sandbox's
/// JavaScript functions (<see cref="HostHelpers"/>) and the mapping fast path (<see cref="FastExpression"/>) both call
/// them, so both give the same results and refuse the same arguments (<see cref="HelperException"/>).
/// </summary>
internal static class HelperFunctions
{
    /// <summary>The id of the lookup table holding standard unit conversions.</summary>
    public const string UnitConversionsTable = "unit-conversions";

    private const int MaxPatternLength = 64;

    public static LookupOutcome Lookup(Func<string, LookupTable?> findLookup, JsValue tableId, JsValue key, bool hasFallback, out JsonNode? node)
    {
        node = null;
        if (!tableId.IsString())
        {
            throw new HelperException("lookup(table, key): the table must be a string naming a file in flows/lookups");
        }

        var table = findLookup(tableId.AsString())
            ?? throw new HelperException($"lookup: there is no lookup table '{tableId.AsString()}'");
        if (key.IsNull() || key.IsUndefined())
        {
            return LookupOutcome.Null;
        }

        var keyText = key.IsString() ? key.AsString() : TypeConverter.ToString(key);
        if (table.TryGet(keyText, out var hit))
        {
            node = hit;
            return LookupOutcome.Hit;
        }

        if (hasFallback)
        {
            return LookupOutcome.Fallback;
        }

        switch (table.OnMissing)
        {
            case LookupMissingBehavior.Default:
                node = table.Default;
                return LookupOutcome.Default;
            case LookupMissingBehavior.PassThrough:
                return LookupOutcome.PassThrough;
            default:
                throw new HelperException($"lookup table '{table.Id}' has no entry for key '{keyText}' (its onMissing is 'error')");
        }
    }

    /// <summary>convertUnit: null for a null quantity; <paramref name="ownFactor"/> gives the item's own factor of a unit (read from <paramref name="conversions"/>), or null.</summary>
    /// <remarks>The conversions travel as state next to a static reader so that no closure is allocated per call.</remarks>
    public static double? ConvertUnit<TConversions>(Func<string, LookupTable?> findLookup, JsValue quantity, JsValue from, JsValue to, TConversions conversions, Func<TConversions, string, JsValue?> ownFactor)
    {
        if (quantity.IsNull() || quantity.IsUndefined())
        {
            return null;
        }

        var amount = ToDecimal(quantity, "convertUnit(quantity, from, to)");
        if (!from.IsString() || !to.IsString())
        {
            throw new HelperException("convertUnit(quantity, from, to, conversions?): from and to must be unit codes (strings)");
        }

        var fromUnit = from.AsString();
        var toUnit = to.AsString();
        if (string.Equals(fromUnit, toUnit, StringComparison.Ordinal))
        {
            return (double)amount;
        }

        var (fromFactor, fromBase) = Factor(findLookup, fromUnit, conversions, ownFactor);
        var (toFactor, toBase) = Factor(findLookup, toUnit, conversions, ownFactor);
        if (fromBase is not null && toBase is not null && !string.Equals(fromBase, toBase, StringComparison.Ordinal))
        {
            throw new HelperException($"convertUnit: cannot convert '{fromUnit}' to '{toUnit}': they measure different things (base units '{fromBase}' and '{toBase}')");
        }

        return (double)Math.Round(amount * fromFactor / toFactor, 9, MidpointRounding.AwayFromZero);
    }

    /// <summary>Units per base unit: the item's own conversions first, then the table.</summary>
    private static (decimal Factor, string? Base) Factor<TConversions>(Func<string, LookupTable?> findLookup, string unit, TConversions conversions, Func<TConversions, string, JsValue?> ownFactor)
    {
        if (ownFactor(conversions, unit) is { } own)
        {
            var ownValue = ToDecimal(own, $"convertUnit: the factor of '{unit}'");
            return ownValue > 0
                ? (ownValue, null)
                : throw new HelperException($"convertUnit: the factor of '{unit}' must be positive, got {ownValue.ToString(CultureInfo.InvariantCulture)}");
        }

        var table = findLookup(UnitConversionsTable);
        if (table is not null && table.TryGet(unit, out var entryNode) && entryNode is JsonObject standard
            && standard["factor"] is JsonValue factorNode && factorNode.TryGetValue<decimal>(out var factor) && factor > 0)
        {
            return (factor, standard["base"]?.GetValue<string>());
        }

        throw new HelperException($"convertUnit: no conversion for unit '{unit}' (give it in the item's conversions, e.g. {{ {unit}: 12 }}, or add it to the '{UnitConversionsTable}' lookup table)");
    }

    public static JsValue ParseDate(JsValue text, JsValue patternValue)
    {
        if (text.IsNull() || text.IsUndefined() || (text.IsString() && text.AsString().Length == 0))
        {
            return JsValue.Null;
        }

        var pattern = Pattern(patternValue, "parseDate(text, pattern)");
        var input = TypeConverter.ToString(text);
        if (!DateTime.TryParseExact(input, pattern, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            throw new HelperException($"parseDate: '{input}' does not match the pattern '{pattern}'");
        }

        var hasTime = pattern.AsSpan().IndexOfAny("Hhms") >= 0;
        return JsString.Create(Iso(parsed, hasTime));
    }

    public static string AddDays(DateTime instant, bool hasTime, JsValue daysValue)
    {
        var days = ToDecimal(daysValue, "addDays(date, days)");
        return Iso(instant.AddDays((double)days), hasTime);
    }

    public static JsValue Round(JsValue[] args)
    {
        var value = Arg(args, 0);
        if (value.IsNull() || value.IsUndefined())
        {
            return JsValue.Null;
        }

        var digits = args.Length > 1 && !args[1].IsUndefined() ? (int)ToDecimal(args[1], "round(value, digits)") : 0;
        if (digits is < 0 or > 15)
        {
            throw new HelperException($"round: digits must be between 0 and 15, got {digits}");
        }

        return JsNumber.Create((double)Math.Round(ToDecimal(value, "round(value, digits)"), digits, MidpointRounding.AwayFromZero));
    }

    public static JsValue ToNumber(JsValue value)
    {
        if (value.IsNull() || value.IsUndefined() || (value.IsString() && string.IsNullOrWhiteSpace(value.AsString())))
        {
            return JsValue.Null;
        }

        return JsNumber.Create((double)ToDecimal(value, "toNumber(value)"));
    }

    public static JsValue FormatNumber(JsValue[] args)
    {
        var value = Arg(args, 0);
        if (value.IsNull() || value.IsUndefined())
        {
            return JsValue.Null;
        }

        var decimals = args.Length > 1 && !args[1].IsUndefined() ? (int)ToDecimal(args[1], "formatNumber(value, decimals)") : 2;
        if (decimals is < 0 or > 15)
        {
            throw new HelperException($"formatNumber: decimals must be between 0 and 15, got {decimals}");
        }

        var number = Math.Round(ToDecimal(value, "formatNumber(value, decimals)"), decimals, MidpointRounding.AwayFromZero);
        return JsString.Create(number.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    public static decimal ToDecimal(JsValue value, string where)
    {
        if (value.IsNumber())
        {
            var d = value.AsNumber();
            if (!double.IsFinite(d) || Math.Abs(d) > 7.9e27)
            {
                throw new HelperException($"{where}: {d.ToString(CultureInfo.InvariantCulture)} is not a usable number");
            }

            return (decimal)d;
        }

        if (value.IsString() && decimal.TryParse(value.AsString().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new HelperException($"{where}: '{TypeConverter.ToString(value)}' is not a number");
    }

    public static string Pattern(JsValue value, string where)
    {
        if (!value.IsString() || value.AsString().Length is 0 or > MaxPatternLength)
        {
            throw new HelperException($"{where}: the pattern must be a non-empty string of at most {MaxPatternLength} characters, e.g. 'yyyyMMdd'");
        }

        return value.AsString();
    }

    /// <summary>Reads a date given as text (a Date object is read by the caller).</summary>
    public static (DateTime Instant, bool HasTime) ReadDate(string text, string where)
    {
        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
        {
            return (day, false);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return (instant.UtcDateTime, true);
        }

        throw new HelperException($"{where}: '{text}' is not an ISO 8601 date (yyyy-MM-dd) or date-time");
    }

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    private static string Iso(DateTime value, bool hasTime) =>
        hasTime
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
