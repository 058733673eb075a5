using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of createPurchaseOrder; the idempotency key is the runtime's.</summary>
public sealed record CreatePurchaseOrderInput(
    string Supplier,
    IReadOnlyList<PurchaseOrderLineRequest> Lines,
    [property: Description("Receiving warehouse code; Tryton's first warehouse when empty.")] string? Warehouse = null,
    string? Reference = null,
    string? Currency = null);
