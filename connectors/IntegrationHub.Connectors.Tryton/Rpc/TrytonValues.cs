using System.Globalization;
using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Tryton.Rpc;

/// <summary>Tryton's JSON encoding of the values JSON lacks (Decimal, date, datetime), both ways.</summary>
internal static class TrytonValues
{
    public static JsonObject Decimal(decimal value) => new()
    {
        ["__class__"] = "Decimal",
        ["decimal"] = value.ToString(CultureInfo.InvariantCulture),
    };

    public static JsonObject Date(DateOnly value) => new()
    {
        ["__class__"] = "date",
        ["year"] = value.Year,
        ["month"] = value.Month,
        ["day"] = value.Day,
    };

    /// <summary>Tryton stores timestamps as naive UTC.</summary>
    public static JsonObject DateTime(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        return new JsonObject
        {
            ["__class__"] = "datetime",
            ["year"] = utc.Year,
            ["month"] = utc.Month,
            ["day"] = utc.Day,
            ["hour"] = utc.Hour,
            ["minute"] = utc.Minute,
            ["second"] = utc.Second,
            ["microsecond"] = (int)(utc.Ticks % TimeSpan.TicksPerSecond / 10),
        };
    }

    public static decimal ToDecimal(JsonNode? node) => node switch
    {
        null => 0m,
        JsonObject obj when obj["decimal"] is { } d => decimal.Parse(d.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue<double>(out var f) => (decimal)f,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        _ => throw new TrytonException($"Tryton returned '{node.ToJsonString()}' where a number was expected."),
    };

    public static decimal? ToNullableDecimal(JsonNode? node) => node is null ? null : ToDecimal(node);

    public static DateOnly? ToDate(JsonNode? node) => node is JsonObject obj && obj["year"] is not null
        ? new DateOnly(obj["year"]!.GetValue<int>(), obj["month"]!.GetValue<int>(), obj["day"]!.GetValue<int>())
        : null;

    public static DateTimeOffset? ToDateTime(JsonNode? node)
    {
        if (node is not JsonObject obj || obj["year"] is null)
        {
            return null;
        }

        var value = new DateTimeOffset(
            obj["year"]!.GetValue<int>(), obj["month"]!.GetValue<int>(), obj["day"]!.GetValue<int>(),
            obj["hour"]?.GetValue<int>() ?? 0, obj["minute"]?.GetValue<int>() ?? 0, obj["second"]?.GetValue<int>() ?? 0,
            TimeSpan.Zero);
        return value.AddTicks((obj["microsecond"]?.GetValue<int>() ?? 0) * 10L);
    }

    /// <summary>Booleans come back as 0/1 from the SQLite backend, true/false from PostgreSQL.</summary>
    public static bool ToBool(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l != 0,
        _ => false,
    };

    public static string? ToText(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static long ToId(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var id)
        ? id
        : throw new TrytonException($"Tryton returned '{node?.ToJsonString() ?? "null"}' where a record id was expected.");

    public static long? ToNullableId(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var id) ? id : null;

    /// <summary>The id of a Reference field value such as <c>"sale.sale,12"</c>, when it points at <paramref name="model"/>.</summary>
    public static long? ToReferenceId(JsonNode? node, string model)
    {
        var text = ToText(node);
        if (text is null || !text.StartsWith(model + ",", StringComparison.Ordinal))
        {
            return null;
        }

        return long.TryParse(text.AsSpan(model.Length + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>A dotted field read (<c>party.code</c>) comes back as <c>"party.": {"code": …}</c>.</summary>
    public static JsonNode? Path(JsonNode? record, string dotted)
    {
        var parts = dotted.Split('.');
        var current = record;
        for (var i = 0; i < parts.Length - 1 && current is not null; i++)
        {
            current = current[parts[i] + "."];
        }

        return current?[parts[^1]];
    }

    public static JsonArray Ids(IEnumerable<long> ids)
    {
        var array = new JsonArray();
        foreach (var id in ids)
        {
            array.Add(id);
        }

        return array;
    }
}
