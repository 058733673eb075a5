namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Stock of one lot, in the item's base unit.</summary>
/// <param name="Lot">The lot number.</param>
/// <param name="Quantity">The quantity on hand.</param>
/// <param name="Expiry">The expiry date, if any.</param>
public sealed record StockLot(string Lot, decimal Quantity, DateOnly? Expiry);
