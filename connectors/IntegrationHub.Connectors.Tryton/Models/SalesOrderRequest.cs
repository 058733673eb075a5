namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A sales order to create. The same <see cref="IdempotencyKey"/> always yields the same Tryton sale.</summary>
public sealed record SalesOrderRequest(
    string IdempotencyKey,
    string CustomerCode,
    IReadOnlyList<SalesOrderLineRequest> Lines,
    string? CustomerReference = null,
    string? WarehouseCode = null,
    string? CarrierCode = null,
    string? Currency = null,
    string? Description = null);
