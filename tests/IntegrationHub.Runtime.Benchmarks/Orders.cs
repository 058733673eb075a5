using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>The ~300-byte order every request carries, and the mapping both the hub flow and the ceiling apply.</summary>
internal static class Orders
{
    /// <summary>The order with a unique 8-digit number (so every body is the same size).</summary>
    public static byte[] Create(long sequence) => Encoding.UTF8.GetBytes(
        "{\"orderNumber\":\"SO-" + (sequence % 100_000_000).ToString("D8", CultureInfo.InvariantCulture) + "\",\"customerId\":\"C1000\",\"currency\":\"EUR\","
        + "\"orderDate\":\"2026-11-23\",\"shipTo\":{\"name\":\"Acme Distribution GmbH\",\"city\":\"Berlin\",\"country\":\"DE\"},"
        + "\"lines\":[{\"sku\":\"WID-100\",\"qty\":5,\"price\":12.5},{\"sku\":\"WID-200\",\"qty\":2,\"price\":40},{\"sku\":\"GAD-300\",\"qty\":1,\"price\":99.99}]}");

    /// <summary>The ceiling's C# mapping: the same fields as the flows' <c>set</c> step expressions.</summary>
    public static MappedOrder Map(OrderIn order)
    {
        var lines = new List<MappedLine>(order.Lines.Count);
        decimal total = 0;
        for (var i = 0; i < order.Lines.Count; i++)
        {
            var l = order.Lines[i];
            var amount = Math.Round(l.Qty * l.Price, 2, MidpointRounding.AwayFromZero);
            total += l.Qty * l.Price;
            lines.Add(new MappedLine(i + 1, l.Sku, l.Qty, l.Price, amount));
        }

        return new MappedOrder(
            order.OrderNumber,
            order.CustomerId,
            order.Currency,
            order.OrderDate,
            new MappedShipTo(order.ShipTo.Name, order.ShipTo.City, order.ShipTo.Country),
            lines,
            Math.Round(total, 2, MidpointRounding.AwayFromZero),
            lines.Count);
    }

    /// <summary>The <c>set</c> step's <c>vars</c> in flow JSON (one expression per field).</summary>
    public const string FlowMapping = """
        {
          "order": {
            "externalId": "=input.orderNumber",
            "customer": "=input.customerId",
            "currency": "=input.currency",
            "orderedOn": "=input.orderDate",
            "shipTo": { "name": "=input.shipTo.name", "city": "=input.shipTo.city", "country": "=input.shipTo.country" },
            "lines": "=input.lines.map((l, i) => ({ lineNumber: i + 1, item: l.sku, quantity: l.qty, unitPrice: l.price, amount: round(l.qty * l.price, 2) }))",
            "total": "=round(sum(input.lines, l => l.qty * l.price), 2)",
            "lineCount": "=input.lines.length"
          }
        }
        """;
}

internal sealed record OrderIn(string OrderNumber, string CustomerId, string Currency, string OrderDate, ShipToIn ShipTo, IReadOnlyList<OrderLineIn> Lines);

internal sealed record ShipToIn(string Name, string City, string Country);

internal sealed record OrderLineIn(string Sku, decimal Qty, decimal Price);

internal sealed record MappedOrder(
    [property: JsonPropertyName("externalId")] string ExternalId,
    [property: JsonPropertyName("customer")] string Customer,
    [property: JsonPropertyName("currency")] string Currency,
    [property: JsonPropertyName("orderedOn")] string OrderedOn,
    [property: JsonPropertyName("shipTo")] MappedShipTo ShipTo,
    [property: JsonPropertyName("lines")] IReadOnlyList<MappedLine> Lines,
    [property: JsonPropertyName("total")] decimal Total,
    [property: JsonPropertyName("lineCount")] int LineCount);

internal sealed record MappedShipTo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("city")] string City,
    [property: JsonPropertyName("country")] string Country);

internal sealed record MappedLine(
    [property: JsonPropertyName("lineNumber")] int LineNumber,
    [property: JsonPropertyName("item")] string Item,
    [property: JsonPropertyName("quantity")] decimal Quantity,
    [property: JsonPropertyName("unitPrice")] decimal UnitPrice,
    [property: JsonPropertyName("amount")] decimal Amount);
