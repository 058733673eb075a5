namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A sales order line.</summary>
/// <param name="LineNo">The line number (1-based).</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">The ordered quantity in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit.</param>
/// <param name="UnitPrice">The price per unit.</param>
/// <param name="Warehouse">The fulfilment warehouse.</param>
/// <param name="ShippedQuantity">The quantity shipped so far, in <paramref name="Unit"/>.</param>
public sealed record SalesOrderLine(int LineNo, string Sku, decimal Quantity, string Unit, decimal UnitPrice, string Warehouse, decimal ShippedQuantity);
