using System.Globalization;
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
    public const string UnitConversionsTable = HelperFunctions.UnitConversionsTable;

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
        try
        {
            var key = Arg(args, 1);
            return HelperFunctions.Lookup(owner.FindLookup, Arg(args, 0), key, args.Length > 2, out var node) switch
            {
                LookupOutcome.Null => JsValue.Null,
                LookupOutcome.Fallback => args[2],
                LookupOutcome.PassThrough => key,
                _ => JsonBridge.ToJs(engine, node),
            };
        }
        catch (HelperException e)
        {
            throw Fail(e.Message);
        }
    }

    private JsValue ConvertUnit(JsValue self, JsValue[] args)
    {
        var item = Arg(args, 3);
        try
        {
            var result = HelperFunctions.ConvertUnit(owner.FindLookup, Arg(args, 0), Arg(args, 1), Arg(args, 2), item, OwnFactor);
            return result is { } number ? JsNumber.Create(number) : JsValue.Null;
        }
        catch (HelperException e)
        {
            throw Fail(e.Message);
        }
    }

    /// <summary>The item's own factor for a unit (object {CS: 12} or array [{uom, factor}]); null when it gives none.</summary>
    private static JsValue? OwnFactor(JsValue item, string unit)
    {
        if (item.IsArray())
        {
            var array = item.AsArray();
            var length = array.Length;
            for (uint i = 0; i < length; i++)
            {
                if (array.Get(i) is ObjectInstance entry && entry.Get("uom") is var uom && uom.IsString() && uom.AsString() == unit)
                {
                    return entry.Get("factor");
                }
            }
        }
        else if (item.IsObject() && item.AsObject().Get(unit) is var own && !own.IsUndefined() && !own.IsNull())
        {
            return own;
        }

        return null;
    }

    private JsValue FormatDate(JsValue self, JsValue[] args)
    {
        var value = Arg(args, 0);
        if (value.IsNull() || value.IsUndefined() || (value.IsString() && value.AsString().Length == 0))
        {
            return JsValue.Null;
        }

        try
        {
            var pattern = HelperFunctions.Pattern(Arg(args, 1), "formatDate(value, pattern)");
            var (instant, _) = ReadDate(value, "formatDate");
            return JsString.Create(instant.ToString(pattern, CultureInfo.InvariantCulture));
        }
        catch (HelperException e)
        {
            throw Fail(e.Message);
        }
    }

    private JsValue ParseDate(JsValue self, JsValue[] args) => Wrap(() => HelperFunctions.ParseDate(Arg(args, 0), Arg(args, 1)));

    private JsValue AddDays(JsValue self, JsValue[] args)
    {
        var value = Arg(args, 0);
        if (value.IsNull() || value.IsUndefined())
        {
            return JsValue.Null;
        }

        try
        {
            var (instant, hasTime) = ReadDate(value, "addDays");
            return JsString.Create(HelperFunctions.AddDays(instant, hasTime, Arg(args, 1)));
        }
        catch (HelperException e)
        {
            throw Fail(e.Message);
        }
    }

    private JsValue Round(JsValue self, JsValue[] args) => Wrap(() => HelperFunctions.Round(args));

    private JsValue ToNumber(JsValue self, JsValue[] args) => Wrap(() => HelperFunctions.ToNumber(Arg(args, 0)));

    private JsValue FormatNumber(JsValue self, JsValue[] args) => Wrap(() => HelperFunctions.FormatNumber(args));

    private JsValue Wrap(Func<JsValue> body)
    {
        try
        {
            return body();
        }
        catch (HelperException e)
        {
            throw Fail(e.Message);
        }
    }

    private static (DateTime Instant, bool HasTime) ReadDate(JsValue value, string where)
    {
        if (value.IsDate())
        {
            var date = value.AsDate();
            if (double.IsNaN(date.DateValue))
            {
                throw new HelperException($"{where}: the Date is invalid");
            }

            return (date.ToDateTime().ToUniversalTime(), true);
        }

        return HelperFunctions.ReadDate(TypeConverter.ToString(value), where);
    }
}
