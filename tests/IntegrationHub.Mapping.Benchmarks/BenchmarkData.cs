using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Catalog;

namespace IntegrationHub.Mapping.Benchmarks;

/// <summary>A 20-field order with 10 lines and the mapping that turns it into a canonical-style order.</summary>
public static class BenchmarkData
{
    public const string MappingId = "bench-order";

    public const string Mapping = """
        {
          "id": "bench-order", "name": "Benchmark order",
          "rules": [
            { "target": "orderNumber", "source": "ref" },
            { "target": "customerPo", "source": "po" },
            { "target": "orderDate", "source": "placed", "type": "date" },
            { "target": "requestedDate", "expression": "=addDays(input.placedIso, 3)" },
            { "target": "currency", "source": "currency", "default": "USD" },
            { "target": "sourceChannel", "value": "portal" },
            { "target": "correlationId", "source": "correlation" },
            { "target": "customer.id", "source": "customer.id" },
            { "target": "customer.name", "source": "customer.name" },
            { "target": "shipTo.name", "source": "ship.name" },
            { "target": "shipTo.line1", "source": "ship.street" },
            { "target": "shipTo.city", "source": "ship.city" },
            { "target": "shipTo.region", "source": "ship.state" },
            { "target": "shipTo.postalCode", "source": "ship.zip" },
            { "target": "shipTo.country", "source": "ship.country", "default": "US" },
            { "target": "paymentTerms", "source": "terms", "lookup": "terms" },
            { "target": "carrier", "source": "carrier", "lookup": "carriers" },
            { "target": "dropShip", "source": "dropShip", "type": "boolean" },
            { "target": "warehouse", "expression": "=input.dropShip === 'Y' ? null : 'WH-EAST'" },
            { "target": "notes", "source": "notes" },
            { "target": "lines", "forEach": "items", "as": "line", "rules": [
                { "target": "lineNumber", "expression": "=index + 1" },
                { "target": "sku", "source": "sku" },
                { "target": "description", "source": "desc" },
                { "target": "quantity", "source": "qty", "type": "number" },
                { "target": "uom", "source": "unit", "lookup": "units" },
                { "target": "baseQuantity", "expression": "=convertUnit(Number(line.qty), line.unit === 'CA' ? 'CS' : line.unit, 'EA', { CS: line.pack })" },
                { "target": "unitPrice", "source": "price", "type": "number" },
                { "target": "lotNumber", "source": "lot" }
            ] }
          ]
        }
        """;

    public static MappingCatalog Catalog()
    {
        var catalog = new MappingCatalog();
        catalog.AddLookup("""{ "id": "units", "onMissing": "passThrough", "entries": { "CA": "CS", "EA": "EA" } }""");
        catalog.AddLookup("""{ "id": "terms", "onMissing": "default", "default": "NET30", "entries": { "N30": "NET30", "N60": "NET60" } }""");
        catalog.AddLookup("""{ "id": "carriers", "onMissing": "passThrough", "entries": { "UPSN": "UPS", "FDEG": "FEDEX" } }""");
        catalog.AddLookup("""{ "id": "unit-conversions", "onMissing": "error", "entries": { "EA": { "base": "EA", "factor": 1 } } }""");
        catalog.AddMapping(Mapping);
        return catalog;
    }

    public static JsonNode Order()
    {
        var items = new JsonArray();
        for (var i = 0; i < 10; i++)
        {
            items.Add(new JsonObject
            {
                ["sku"] = $"SKU-{i:000}",
                ["desc"] = $"Item {i}",
                ["qty"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["unit"] = i % 2 == 0 ? "CA" : "EA",
                ["pack"] = 12,
                ["price"] = "4.25",
                ["lot"] = $"LOT-{i}",
            });
        }

        return new JsonObject
        {
            ["ref"] = "SO-1001",
            ["po"] = "PO-77",
            ["placed"] = "20250301",
            ["placedIso"] = "2025-03-01",
            ["currency"] = "USD",
            ["correlation"] = "c-123",
            ["customer"] = new JsonObject { ["id"] = "C-9", ["name"] = "Acme" },
            ["ship"] = new JsonObject { ["name"] = "Acme DC", ["street"] = "1 Main St", ["city"] = "Springfield", ["state"] = "IL", ["zip"] = "62701", ["country"] = "US" },
            ["terms"] = "N30",
            ["carrier"] = "UPSN",
            ["dropShip"] = "N",
            ["notes"] = "dock 4",
            ["items"] = items,
        };
    }
}
