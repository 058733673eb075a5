using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of createSalesOrder; the idempotency key is the runtime's.</summary>
public sealed record CreateSalesOrderInput(
    string Customer,
    IReadOnlyList<SalesOrderLineRequest> Lines,
    string? CustomerReference = null,
    [property: Description("Shipping warehouse code; Tryton's first warehouse when empty.")] string? Warehouse = null,
    [property: Description("Carrier party code.")] string? Carrier = null,
    string? Currency = null);
