namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Output of listShipments.</summary>
public sealed record ShipmentList(IReadOnlyList<Shipment> Shipments);
