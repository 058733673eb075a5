namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A line of a new sales or purchase order.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">The quantity (positive).</param>
/// <param name="Unit">The unit.</param>
/// <param name="UnitPrice">The price per unit; <see langword="null"/> uses the contract price (sales) and is required for purchases.</param>
/// <param name="Warehouse">The fulfilment warehouse (sales); <see langword="null"/> picks the first warehouse with enough stock.</param>
public sealed record NewOrderLine(string Sku, decimal Quantity, string Unit, decimal? UnitPrice = null, string? Warehouse = null);
