namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>An item on a shipment.</summary>
public sealed record ShipmentLine(long MoveId, string ItemCode, decimal Quantity, string Unit, string State);
