namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>
/// Shipping progress of one order line: <see cref="Shipped"/> left the warehouse; <see cref="Backordered"/> is
/// still to ship after a partial shipment; <see cref="Open"/> is everything not shipped yet.
/// </summary>
public sealed record SalesOrderLineStatus(long LineId, string ItemCode, decimal Ordered, decimal Shipped, decimal Backordered, decimal Open, string Unit);
