namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A purchase order to create. The same <see cref="IdempotencyKey"/> always yields the same Tryton purchase.</summary>
public sealed record PurchaseOrderRequest(
    string IdempotencyKey,
    string SupplierCode,
    IReadOnlyList<PurchaseOrderLineRequest> Lines,
    string? WarehouseCode = null,
    string? Reference = null,
    string? Currency = null);
