namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Stock of one item in one warehouse, in the item's base unit.</summary>
/// <param name="Warehouse">The warehouse code.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="OnHand">The quantity on hand.</param>
/// <param name="Reserved">The quantity assigned to open shipments.</param>
/// <param name="Lots">The lots of a lot-tracked item (sum equals <paramref name="OnHand"/>).</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record Stock(string Warehouse, string Sku, decimal OnHand, decimal Reserved, List<StockLot> Lots, DateTimeOffset UpdatedAt);
