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
        if (value is null || (value is JsonValue s && s.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(s.GetValue<string>()) && type != "string"))
        {
            return null;
        }

        if (value is not JsonValue scalar)
        {
            throw new MappingRuleException($"cannot convert {MappingRun.DescribeValue(value)} to {type}: only single values convert");
        }

        var kind = scalar.GetValueKind();
        var text = kind == JsonValueKind.String ? scalar.GetValue<string>().Trim() : scalar.ToJsonString();
        return type switch
        {
            "string" => JsonValue.Create(kind == JsonValueKind.String ? scalar.GetValue<string>() : text),
            "number" => JsonValue.Create(Number(text, type)),
            "integer" => JsonValue.Create(Integer(text)),
            "boolean" => JsonValue.Create(Boolean(text)),
            "date" => JsonValue.Create(Date(text)),
            _ => throw new MappingRuleException($"unknown type '{type}'"),
        };
    }

    private static decimal Number(string text, string type) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new MappingRuleException($"cannot convert '{text}' to {type}: it is not a number");

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
