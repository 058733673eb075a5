namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A shipment line, quantities in the order line's unit.</summary>
/// <param name="OrderLineNo">The sales order line.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">The quantity to ship.</param>
/// <param name="Unit">The unit.</param>
/// <param name="AssignedQuantity">The quantity reserved from stock.</param>
/// <param name="PickedQuantity">The quantity picked (less than assigned on a short pick).</param>
/// <param name="Lot">The lot picked from, for lot-tracked items.</param>
public sealed record ShipmentLine(int OrderLineNo, string Sku, decimal Quantity, string Unit, decimal AssignedQuantity, decimal PickedQuantity, string? Lot);
