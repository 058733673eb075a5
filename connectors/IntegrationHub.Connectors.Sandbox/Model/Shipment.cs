namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>An outbound shipment. States: <c>waiting</c>, <c>assigned</c>, <c>picked</c>, <c>packed</c>, <c>done</c>.</summary>
/// <param name="Number">The shipment number.</param>
/// <param name="OrderNumber">The sales order.</param>
/// <param name="Customer">The customer code.</param>
/// <param name="Warehouse">The warehouse.</param>
/// <param name="State">The state.</param>
/// <param name="Lines">The lines.</param>
/// <param name="Carrier">The carrier, once shipped.</param>
/// <param name="TrackingNumber">The tracking number, once shipped.</param>
/// <param name="ShippedAt">When it was shipped.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record Shipment(string Number, string OrderNumber, string Customer, string Warehouse, string State, List<ShipmentLine> Lines, string? Carrier, string? TrackingNumber, DateTimeOffset? ShippedAt, DateTimeOffset UpdatedAt);
