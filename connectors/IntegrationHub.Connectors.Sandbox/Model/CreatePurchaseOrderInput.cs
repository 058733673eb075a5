namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Creates a draft purchase order; idempotent by the idempotency key.</summary>
/// <param name="Supplier">The supplier code.</param>
/// <param name="Warehouse">The receiving warehouse.</param>
/// <param name="Lines">The lines (unit price required).</param>
public sealed record CreatePurchaseOrderInput(string Supplier, string Warehouse, IReadOnlyList<NewOrderLine> Lines);
