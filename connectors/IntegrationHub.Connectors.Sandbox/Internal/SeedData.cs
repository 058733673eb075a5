using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sandbox.Model;

namespace IntegrationHub.Connectors.Sandbox.Internal;

/// <summary>The deterministic company every Sandbox connection starts with.</summary>
internal static class SeedData
{
    public const string MarkerKey = "meta/seed";
    public const int Version = 1;

    public static readonly DateTimeOffset SeededAt = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Warehouse> Warehouses { get; } =
    [
        new("WH-CENTRAL", "Memphis central DC", SeededAt),
        new("WH-EAST", "Newark east DC", SeededAt),
        new("WH-WEST", "Reno west DC", SeededAt),
    ];

    public static IReadOnlyList<Customer> Customers { get; } =
    [
        new("C1000", "Acme Hardware", "USD", "PL-ACME", 50_000m, false, "orders@acme.example", SeededAt),
        new("C1001", "Bolt & Nut Supply", "USD", "PL-BOLT", 20_000m, false, "purchasing@boltnut.example", SeededAt),
        new("C1002", "Corner Tools", "USD", null, 5_000m, false, "owner@cornertools.example", SeededAt),
        new("C1003", "Delta Builders", "USD", "PL-ACME", 10_000m, true, "ap@deltabuilders.example", SeededAt),
    ];

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("ADH-300", "Construction adhesive 500 ml", "EA", new() { ["EA"] = 1m, ["CS"] = 24m }, 6.25m, "USD", true, SeededAt),
        new("BOL-400", "Hex bolt M8x40 zinc", "EA", new() { ["EA"] = 1m, ["BX"] = 100m }, 0.12m, "USD", false, SeededAt),
        new("GAD-200", "Cordless gadget driver", "EA", new() { ["EA"] = 1m, ["BX"] = 10m }, 12.00m, "USD", false, SeededAt),
        new("PNT-500", "Exterior paint white 5 l", "EA", new() { ["EA"] = 1m, ["PL"] = 48m }, 32.00m, "USD", true, SeededAt),
        new("WID-100", "Steel widget 40 mm", "EA", new() { ["EA"] = 1m, ["CS"] = 12m }, 4.50m, "USD", false, SeededAt),
    ];

    public static IReadOnlyList<PriceList> PriceLists { get; } =
    [
        new("PL-ACME", "USD",
        [
            new("WID-100", "EA", 1m, 4.05m),
            new("WID-100", "EA", 100m, 3.80m),
            new("WID-100", "CS", 1m, 45.00m),
            new("GAD-200", "EA", 1m, 10.80m),
            new("ADH-300", "CS", 1m, 135.00m),
        ], SeededAt),
        new("PL-BOLT", "USD",
        [
            new("BOL-400", "BX", 1m, 9.50m),
            new("BOL-400", "BX", 50m, 8.75m),
            new("WID-100", "EA", 1m, 4.20m),
        ], SeededAt),
    ];

    public static IReadOnlyList<Stock> Stock { get; } =
    [
        new("WH-CENTRAL", "ADH-300", 480m, 0m, [new("ADH-L2401", 240m, new DateOnly(2026, 6, 30)), new("ADH-L2402", 240m, new DateOnly(2026, 12, 31))], SeededAt),
        new("WH-CENTRAL", "BOL-400", 20_000m, 0m, [], SeededAt),
        new("WH-CENTRAL", "GAD-200", 60m, 0m, [], SeededAt),
        new("WH-CENTRAL", "PNT-500", 96m, 0m, [new("PNT-L2501", 96m, new DateOnly(2027, 3, 31))], SeededAt),
        new("WH-CENTRAL", "WID-100", 1_200m, 0m, [], SeededAt),
        new("WH-EAST", "ADH-300", 48m, 0m, [new("ADH-L2403", 48m, new DateOnly(2027, 1, 31))], SeededAt),
        new("WH-EAST", "GAD-200", 5m, 0m, [], SeededAt),
        new("WH-EAST", "WID-100", 300m, 0m, [], SeededAt),
        new("WH-WEST", "BOL-400", 5_000m, 0m, [], SeededAt),
        new("WH-WEST", "GAD-200", 40m, 0m, [], SeededAt),
        new("WH-WEST", "WID-100", 0m, 0m, [], SeededAt),
    ];

    public static IEnumerable<(string Key, JsonNode Value)> Records()
    {
        foreach (var warehouse in Warehouses)
        {
            yield return (SandboxStore.Key("warehouse", warehouse.Code), SandboxStore.Serialize(warehouse));
        }

        foreach (var customer in Customers)
        {
            yield return (SandboxStore.Key("customer", customer.Code), SandboxStore.Serialize(customer));
        }

        foreach (var item in Items)
        {
            yield return (SandboxStore.Key("item", item.Sku), SandboxStore.Serialize(item));
        }

        foreach (var priceList in PriceLists)
        {
            yield return (SandboxStore.Key("pricelist", priceList.Code), SandboxStore.Serialize(priceList));
        }

        foreach (var stock in Stock)
        {
            yield return (SandboxStore.Key("stock", $"{stock.Warehouse}/{stock.Sku}"), SandboxStore.Serialize(stock));
        }
    }
}
