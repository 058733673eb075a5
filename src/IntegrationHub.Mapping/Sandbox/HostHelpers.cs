using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Lookups;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>
/// Helper functions written in C# and exposed to expressions as plain JavaScript functions (no CLR objects
/// cross the boundary). Dates are ISO 8601 strings in UTC; numbers use decimal arithmetic where rounding matters.
/// </summary>
internal sealed class HostHelpers(Engine engine, SandboxEngine owner, TimeProvider timeProvider)
{
    /// <summary>The id of the lookup table holding standard unit conversions.</summary>
    public const string UnitConversionsTable = "unit-conversions";

    private const int MaxPatternLength = 64;

    public ObjectInstance CreateHostObject()
    {
        var host = new JsObject(engine);
        Add(host, "lookup", Lookup, 3);
        Add(host, "convertUnit", ConvertUnit, 4);
        Add(host, "today", (_, _) => JsString.Create(timeProvider.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), 0);
        Add(host, "now", (_, _) => JsString.Create(timeProvider.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)), 0);
        Add(host, "formatDate", FormatDate, 2);
        Add(host, "parseDate", ParseDate, 2);
        Add(host, "addDays", AddDays, 2);
        Add(host, "round", Round, 2);
        Add(host, "toNumber", ToNumber, 1);
        Add(host, "formatNumber", FormatNumber, 2);
        return host;
    }

    private void Add(ObjectInstance host, string name, Func<JsValue, JsValue[], JsValue> body, int length) =>
        host.FastSetProperty(name, new PropertyDescriptor(new ClrFunction(engine, name, body, length, PropertyFlag.Configurable), PropertyFlag.ConfigurableEnumerableWritable));

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    private JavaScriptException Fail(string message) => new(engine.Intrinsics.TypeError, message);

    private JsValue Lookup(JsValue self, JsValue[] args)
    {
        var tableId = Arg(args, 0);
        if (!tableId.IsString())
        {
            throw Fail("lookup(table, key): the table must be a string naming a file in flows/lookups");
        }

        var table = owner.FindLookup(tableId.AsString())
            ?? throw Fail($"lookup: there is no lookup table '{tableId.AsString()}'");
        var key = Arg(args, 1);
        if (key.IsNull() || key.IsUndefined())
        {
            return JsValue.Null;
        }

        var keyText = key.IsString() ? key.AsString() : TypeConverter.ToString(key);
        if (table.TryGet(keyText, out var hit))
        {
            return JsonBridge.ToJs(engine, hit);
        }

        if (args.Length > 2)
        {
            return args[2];
        }

        return table.OnMissing switch
        {
            LookupMissingBehavior.Default => JsonBridge.ToJs(engine, table.Default),
            LookupMissingBehavior.PassThrough => key,
            _ => throw Fail($"lookup table '{table.Id}' has no entry for key '{keyText}' (its onMissing is 'error')"),
        };
    }

    private JsValue ConvertUnit(JsValue self, JsValue[] args)
    {
        var quantity = Arg(args, 0);
        if (quantity.IsNull() || quantity.IsUndefined())
        {
            return JsValue.Null;
        }

        var amount = ToDecimal(quantity, "convertUnit(quantity, from, to)");
        var from = Arg(args, 1);
        var to = Arg(args, 2);
        if (!from.IsString() || !to.IsString())
        {
            throw Fail("convertUnit(quantity, from, to, conversions?): from and to must be unit codes (strings)");
        }

        var fromUnit = from.AsString();
        var toUnit = to.AsString();
        if (string.Equals(fromUnit, toUnit, StringComparison.Ordinal))
        {
            return JsNumber.Create((double)amount);
        }

        var item = Arg(args, 3);
        var (fromFactor, fromBase) = Factor(fromUnit, item);
        var (toFactor, toBase) = Factor(toUnit, item);
        if (fromBase is not null && toBase is not null && !string.Equals(fromBase, toBase, StringComparison.Ordinal))
        {
            throw Fail($"convertUnit: cannot convert '{fromUnit}' to '{toUnit}': they measure different things (base units '{fromBase}' and '{toBase}')");
        }

        return JsNumber.Create((double)Math.Round(amount * fromFactor / toFactor, 9, MidpointRounding.AwayFromZero));
    }

    /// <summary>Units per base unit: the item's own conversions first (object {CS: 12} or array [{uom, factor}]), then the table.</summary>
    private (decimal Factor, string? Base) Factor(string unit, JsValue item)
    {
        if (item.IsArray())
        {
            var array = item.AsArray();
            var length = array.Length;
            for (uint i = 0; i < length; i++)
            {
                if (array.Get(i) is ObjectInstance entry && entry.Get("uom") is var uom && uom.IsString() && uom.AsString() == unit)
                {
                    return (PositiveFactor(entry.Get("factor"), unit), null);
                }
            }
        }
        else if (item.IsObject() && item.AsObject().Get(unit) is var own && !own.IsUndefined() && !own.IsNull())
        {
            return (PositiveFactor(own, unit), null);
        }

        var table = owner.FindLookup(UnitConversionsTable);
        if (table is not null && table.TryGet(unit, out var entryNode) && entryNode is JsonObject standard
            && standard["factor"] is JsonValue factorNode && factorNode.TryGetValue<decimal>(out var factor) && factor > 0)
        {
            return (factor, standard["base"]?.GetValue<string>());
        }

        throw Fail($"convertUnit: no conversion for unit '{unit}' (give it in the item's conversions, e.g. {{ {unit}: 12 }}, or add it to the '{UnitConversionsTable}' lookup table)");
    }

    private decimal PositiveFactor(JsValue value, string unit)
    {
        var factor = ToDecimal(value, $"convertUnit: the factor of '{unit}'");
        return factor > 0 ? factor : throw Fail($"convertUnit: the factor of '{unit}' must be positive, got {factor.ToString(CultureInfo.InvariantCulture)}");
    }

    private JsValue FormatDate(JsValue self, JsValue[] args)
    {
        var value = Arg(args, 0);
        if (value.IsNull() || value.IsUndefined() || (value.IsString() && value.AsString().Length == 0))
        {
            return JsValue.Null;
        }

        var pattern = Pattern(Arg(args, 1), "formatDate(value, pattern)");
        var (instant, _) = ReadDate(value, "formatDate");
        return JsString.Create(instant.ToString(pattern, CultureInfo.InvariantCulture));
    }

    private JsValue ParseDate(JsValue self, JsValue[] args)
    {
        var text = Arg(args, 0);
        if (text.IsNull() || text.IsUndefined() || (text.IsString() && text.AsString().Length == 0))
        {
            return JsValue.Null;
        }

        var pattern = Pattern(Arg(args, 1), "parseDate(text, pattern)");
        var input = TypeConverter.ToString(text);
        if (!DateTime.TryParseExact(input, pattern, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            throw Fail($"parseDate: '{input}' does not match the pattern '{pattern}'");
        }

        var hasTime = pattern.AsSpan().IndexOfAny("Hhms") >= 0;
        return JsString.Create(Iso(parsed, hasTime));
    }

    private JsValue AddDays(JsValue self, JsValue[] args)
    {
        var value = Arg(args, 0);
        if (value.IsNull() || value.IsUndefined())
        {
            return JsValue.Null;
        }

        var (instant, hasTime) = ReadDate(value, "addDays");
        var days = ToDecimal(Arg(args, 1), "addDays(date, days)");
        return JsString.Create(Iso(instant.AddDays((double)days), hasTime));
    }

    private JsValue Round(JsValue self, JsValue[] args)
    {
        var value = Arg(args, 0);
        if (value.IsNull() || value.IsUndefined())
        {
            return JsValue.Null;
        }

        var digits = args.Length > 1 && !args[1].IsUndefined() ? (int)ToDecimal(args[1], "round(value, digits)") : 0;
        if (digits is < 0 or > 15)
        {
            throw Fail($"round: digits must be between 0 and 15, got {digits}");
        }

        return JsNumber.Create((double)Math.Round(ToDecimal(value, "round(value, digits)"), digits, MidpointRounding.AwayFromZero));
    }

    private JsValue ToNumber(JsValue self, JsValue[] args)
    {
        var value = Arg(args, 0);
        if (value.IsNull() || value.IsUndefined() || (value.IsString() && string.IsNullOrWhiteSpace(value.AsString())))
        {
            return JsValue.Null;
        }

        return JsNumber.Create((double)ToDecimal(value, "toNumber(value)"));
    }

    private JsValue FormatNumber(JsValue self, JsValue[] args)
    {
        var value = Arg(args, 0);
        if (value.IsNull() || value.IsUndefined())
        {
            return JsValue.Null;
        }

        var decimals = args.Length > 1 && !args[1].IsUndefined() ? (int)ToDecimal(args[1], "formatNumber(value, decimals)") : 2;
        if (decimals is < 0 or > 15)
        {
            throw Fail($"formatNumber: decimals must be between 0 and 15, got {decimals}");
        }

        var number = Math.Round(ToDecimal(value, "formatNumber(value, decimals)"), decimals, MidpointRounding.AwayFromZero);
        return JsString.Create(number.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    private decimal ToDecimal(JsValue value, string where)
    {
        if (value.IsNumber())
        {
            var d = value.AsNumber();
            if (!double.IsFinite(d) || Math.Abs(d) > 7.9e27)
            {
                throw Fail($"{where}: {d.ToString(CultureInfo.InvariantCulture)} is not a usable number");
            }

            return (decimal)d;
        }

        if (value.IsString() && decimal.TryParse(value.AsString().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw Fail($"{where}: '{TypeConverter.ToString(value)}' is not a number");
    }

    private string Pattern(JsValue value, string where)
    {
        if (!value.IsString() || value.AsString().Length is 0 or > MaxPatternLength)
        {
            throw Fail($"{where}: the pattern must be a non-empty string of at most {MaxPatternLength} characters, e.g. 'yyyyMMdd'");
        }

        return value.AsString();
    }

    private (DateTime Instant, bool HasTime) ReadDate(JsValue value, string where)
    {
        if (value.IsDate())
        {
            var date = value.AsDate();
            if (double.IsNaN(date.DateValue))
            {
                throw Fail($"{where}: the Date is invalid");
            }

            return (date.ToDateTime().ToUniversalTime(), true);
        }

        var text = TypeConverter.ToString(value);
        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
        {
            return (day, false);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return (instant.UtcDateTime, true);
        }

        throw Fail($"{where}: '{text}' is not an ISO 8601 date (yyyy-MM-dd) or date-time");
    }

    private static string Iso(DateTime value, bool hasTime) =>
        hasTime
            ? value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
