namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A purchase order line.</summary>
/// <param name="LineNo">The line number (1-based).</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">The ordered quantity.</param>
/// <param name="Unit">The unit.</param>
/// <param name="UnitPrice">The price per unit.</param>
/// <param name="ConfirmedQuantity">The quantity the supplier confirmed.</param>
/// <param name="ConfirmedDate">The delivery date the supplier confirmed.</param>
/// <param name="ReceivedQuantity">The quantity received so far.</param>
public sealed record PurchaseOrderLine(int LineNo, string Sku, decimal Quantity, string Unit, decimal UnitPrice, decimal? ConfirmedQuantity, DateOnly? ConfirmedDate, decimal ReceivedQuantity);
