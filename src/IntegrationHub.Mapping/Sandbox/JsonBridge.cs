using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Expressions;
using Jint;
using Jint.Native;
using Jint.Runtime.Descriptors;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>Converts between System.Text.Json nodes and JavaScript values of one engine.</summary>
internal static class JsonBridge
{
    private const int MaxDepth = 128;

    public static JsValue ToJs(Engine engine, JsonNode? node, int depth = 0)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject obj:
                {
                    if (depth > MaxDepth)
                    {
                        throw new InvalidOperationException($"JSON nested deeper than {MaxDepth} levels cannot be passed to an expression.");
                    }

                    var result = new JsObject(engine);
                    foreach (var (key, value) in obj)
                    {
                        result.FastSetProperty(key, new PropertyDescriptor(ToJs(engine, value, depth + 1), PropertyFlag.ConfigurableEnumerableWritable));
                    }

                    return result;
                }

            case JsonArray array:
                {
                    if (depth > MaxDepth)
                    {
                        throw new InvalidOperationException($"JSON nested deeper than {MaxDepth} levels cannot be passed to an expression.");
                    }

                    var items = new JsValue[array.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = ToJs(engine, array[i], depth + 1);
                    }

                    return new JsArray(engine, items);
                }

            default:
                var element = node.AsValue();
                return element.GetValueKind() switch
                {
                    JsonValueKind.String => JsString.Create(element.GetValue<string>()),
                    JsonValueKind.Number => JsNumber.Create(ReadNumber(element)),
                    JsonValueKind.True => JsBoolean.True,
                    JsonValueKind.False => JsBoolean.False,
                    _ => JsValue.Null,
                };
        }
    }

    /// <summary>Whether <see cref="ToJs"/> accepts the node's nesting (it refuses JSON nested deeper than it allows).</summary>
    public static bool IsConvertible(JsonNode? node, int depth = 0)
    {
        switch (node)
        {
            case JsonObject obj:
                if (depth > MaxDepth)
                {
                    return false;
                }

                // Indexed rather than foreach: this runs on every mapping's source, and the enumerators are boxed.
                for (var i = 0; i < obj.Count; i++)
                {
                    var value = obj.GetAt(i).Value;
                    if (value is JsonObject or JsonArray && !IsConvertible(value, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray array:
                if (depth > MaxDepth)
                {
                    return false;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    var value = array[i];
                    if (value is JsonObject or JsonArray && !IsConvertible(value, depth + 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>Converts a script value to JSON; <paramref name="expression"/> names the culprit in errors.</summary>
    public static JsonNode? ToJson(JsValue value, string expression) => ToJson(value, expression, "result", 0);

    private static JsonNode? ToJson(JsValue value, string expression, string where, int depth)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return null;
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value.IsNumber())
        {
            return Number(value.AsNumber(), expression, where);
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsDate())
        {
            var date = value.AsDate();
            if (date.DateValue is double.NaN)
            {
                throw new ExpressionException(expression, ExpressionFailure.Result, $"the {where} is an invalid Date");
            }

            return JsonValue.Create(date.ToDateTime().ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        }

        if (depth > MaxDepth)
        {
            throw new ExpressionException(expression, ExpressionFailure.Result, $"the {where} is nested deeper than {MaxDepth} levels (or refers to itself)");
        }

        if (value.IsArray())
        {
            var array = value.AsArray();
            var length = array.Length;
            var result = new JsonArray();
            for (uint i = 0; i < length; i++)
            {
                var item = array.Get(i);
                result.Add(item.IsUndefined() || item.IsSymbol() || item.IsCallable() ? null : ToJson(item, expression, $"{where}[{i}]", depth + 1));
            }

            return result;
        }

        if (value.IsCallable())
        {
            throw new ExpressionException(expression, ExpressionFailure.Result, $"the {where} is a function, not a JSON value");
        }

        if (value.IsObject())
        {
            var obj = value.AsObject();
            var result = new JsonObject();
            foreach (var key in obj.GetOwnPropertyKeys(Jint.Runtime.Types.String))
            {
                var descriptor = obj.GetOwnProperty(key);
                if (descriptor == PropertyDescriptor.Undefined || !descriptor.Enumerable)
                {
                    continue;
                }

                var item = obj.Get(key);
                if (item.IsUndefined() || item.IsCallable() || item.IsSymbol())
                {
                    continue;
                }

                var name = key.ToString();
                result[name] = ToJson(item, expression, $"{where}.{name}", depth + 1);
            }

            return result;
        }

        throw new ExpressionException(expression, ExpressionFailure.Result, $"the {where} ({value.Type}) is not a JSON value");
    }

    private static JsonValue Number(double number, string expression, string where)
    {
        if (!double.IsFinite(number))
        {
            throw new ExpressionException(expression, ExpressionFailure.Result, $"the {where} is {number.ToString(CultureInfo.InvariantCulture)}, which JSON cannot represent");
        }

        return FiniteNumber(number);
    }

    /// <summary>A finite script number as JSON.</summary>
    public static JsonValue FiniteNumber(double number)
    {
        // Integral values stay integers in JSON (12, not 12.0) so that "integer" schema types and X12 output match.
        if (number == Math.Floor(number) && Math.Abs(number) < 9_007_199_254_740_992d)
        {
            return JsonValue.Create((long)number);
        }

        return JsonValue.Create(number);
    }

    /// <summary>The script number of a JSON number, as <see cref="ToJs"/> reads it; false where that would throw.</summary>
    public static bool TryReadNumber(JsonValue value, out double number)
    {
        try
        {
            number = ReadNumber(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException)
        {
            number = 0;
            return false;
        }
    }

    private static double ReadNumber(JsonValue value)
    {
        if (value.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (value.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (value.TryGetValue<decimal>(out var m))
        {
            return (double)m;
        }

        if (value.TryGetValue<int>(out var i))
        {
            return i;
        }

        return double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);
    }
}
