namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A purchase order. States: <c>draft</c>, <c>confirmed</c>, <c>acknowledged</c>, <c>received</c>.</summary>
/// <param name="Number">The PO number.</param>
/// <param name="Supplier">The supplier code.</param>
/// <param name="Warehouse">The receiving warehouse.</param>
/// <param name="State">The state.</param>
/// <param name="Currency">The ISO currency.</param>
/// <param name="Lines">The lines.</param>
/// <param name="SentAt">When it was sent to the supplier.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record PurchaseOrder(string Number, string Supplier, string Warehouse, string State, string Currency, List<PurchaseOrderLine> Lines, DateTimeOffset? SentAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
