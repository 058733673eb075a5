using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Mapping.Execution;

/// <summary>A rule's <c>type</c>: partner formats (X12, flat files) carry numbers, flags and dates as text.</summary>
internal static class ValueConversion
{
    private static readonly string[] DateFormats = ["yyyyMMdd", "yyyy-MM-dd", "yyMMdd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static JsonNode? Convert(JsonNode? value, string type)
    {
        if (value is null)
        {
            return null;
        }

        if (value is not JsonValue scalar)
        {
            throw new MappingRuleException($"cannot convert {MappingRun.DescribeValue(value)} to {type}: only single values convert");
        }

        var kind = scalar.GetValueKind();
        var raw = kind == JsonValueKind.String ? scalar.GetValue<string>() : null;
        if (raw is not null && type != "string" && string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw is not null ? raw.Trim() : scalar.ToJsonString();
        return type switch
        {
            "string" => JsonValue.Create(raw ?? text),
            "number" => JsonValue.Create(Number(text, type)),
            "integer" => JsonValue.Create(Integer(text)),
            "boolean" => JsonValue.Create(Boolean(text)),
            "date" => JsonValue.Create(Date(text)),
            _ => throw new MappingRuleException($"unknown type '{type}'"),
        };
    }

    private static decimal Number(string text, string type) =>
        TryParsePlain(text, out var number) || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            ? number
            : throw new MappingRuleException($"cannot convert '{text}' to {type}: it is not a number");

    /// <summary>
    /// Digits with an optional fraction ("12", "4.250"), the form partner files nearly always use, read without the
    /// general parser; the value and scale are what <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/>
    /// gives. Anything else (signs, exponents, 19 digits or more) is left to it.
    /// </summary>
    private static bool TryParsePlain(string text, out decimal number)
    {
        number = 0;
        if (text.Length is 0 or > 18 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        long mantissa = 0;
        var scale = -1;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                mantissa = (mantissa * 10) + (c - '0');
                scale += scale >= 0 ? 1 : 0;
            }
            else if (c == '.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        number = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, false, (byte)Math.Max(scale, 0));
        return true;
    }

    private static long Integer(string text)
    {
        var number = Number(text, "integer");
        return number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
            ? (long)number
            : throw new MappingRuleException($"cannot convert '{text}' to integer: it has a fraction or is too large");
    }

    private static bool Boolean(string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "Y" or "YES" or "1" => true,
        "FALSE" or "N" or "NO" or "0" => false,
        _ => throw new MappingRuleException($"cannot convert '{text}' to boolean: use true/false, Y/N, yes/no or 1/0"),
    };

    private static string Date(string text)
    {
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        throw new MappingRuleException($"cannot convert '{text}' to date: expected yyyyMMdd, yyMMdd or ISO 8601");
    }
}
