namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A posted customer invoice.</summary>
/// <param name="Number">The invoice number.</param>
/// <param name="OrderNumber">The sales order.</param>
/// <param name="ShipmentNumber">The shipment it bills.</param>
/// <param name="Customer">The customer code.</param>
/// <param name="Currency">The ISO currency.</param>
/// <param name="Lines">The billed lines (quantity shipped, unit price).</param>
/// <param name="Total">The total.</param>
/// <param name="Paid">Whether it is paid.</param>
/// <param name="PostedAt">When it was posted.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record Invoice(string Number, string OrderNumber, string ShipmentNumber, string Customer, string Currency, List<SalesOrderLine> Lines, decimal Total, bool Paid, DateTimeOffset PostedAt, DateTimeOffset UpdatedAt);
