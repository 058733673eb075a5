namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A sales order. States: <c>draft</c>, <c>confirmed</c>, <c>processing</c>, <c>done</c>.</summary>
/// <param name="Number">The order number.</param>
/// <param name="Customer">The customer code.</param>
/// <param name="CustomerReference">The customer's PO number.</param>
/// <param name="State">The state.</param>
/// <param name="Currency">The ISO currency.</param>
/// <param name="Lines">The lines.</param>
/// <param name="Total">The order total.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record SalesOrder(string Number, string Customer, string? CustomerReference, string State, string Currency, List<SalesOrderLine> Lines, decimal Total, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
