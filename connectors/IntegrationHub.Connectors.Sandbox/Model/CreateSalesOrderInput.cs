namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Creates a draft sales order; idempotent by the idempotency key.</summary>
/// <param name="Customer">The customer code.</param>
/// <param name="Lines">The lines.</param>
/// <param name="CustomerReference">The customer's PO number.</param>
public sealed record CreateSalesOrderInput(string Customer, IReadOnlyList<NewOrderLine> Lines, string? CustomerReference = null);
