namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Shipments ordered by number.</summary>
/// <param name="Shipments">The shipments.</param>
public sealed record ShipmentList(IReadOnlyList<Shipment> Shipments);
