namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A step to apply to a shipment; the carrier (carrier party code) and tracking number are recorded on it first.</summary>
public sealed record ShipmentActionRequest(
    long ShipmentId,
    ShipmentAction Action,
    string? CarrierCode = null,
    string? TrackingNumber = null,
    bool AllowPartial = true);
