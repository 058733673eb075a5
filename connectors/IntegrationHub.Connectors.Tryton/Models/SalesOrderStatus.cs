namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A sales order with line-level shipping progress. States are Tryton's (draft, quotation, confirmed, processing, done, cancelled).</summary>
public sealed record SalesOrderStatus(
    long Id,
    string? Number,
    string CustomerCode,
    string? CustomerReference,
    string State,
    string ShipmentState,
    string InvoiceState,
    Money Total,
    IReadOnlyList<long> ShipmentIds,
    IReadOnlyList<SalesOrderLineStatus> Lines);
