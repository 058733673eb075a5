namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A customer shipment. States are Tryton's: draft, waiting, assigned, picked, packed, done, cancelled.</summary>
public sealed record Shipment(
    long Id,
    string? Number,
    string State,
    string? CustomerCode,
    string WarehouseCode,
    string? CarrierCode,
    string? TrackingNumber,
    IReadOnlyList<long> SalesOrderIds,
    IReadOnlyList<ShipmentLine> Lines);
