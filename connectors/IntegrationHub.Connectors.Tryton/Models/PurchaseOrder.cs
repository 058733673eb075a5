namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A purchase order. <see cref="SentAt"/> is when it was sent to the supplier (null: not yet).</summary>
public sealed record PurchaseOrder(
    long Id,
    string? Number,
    string SupplierCode,
    string? Reference,
    string State,
    DateTimeOffset? SentAt,
    Money Total,
    IReadOnlyList<PurchaseOrderLine> Lines);
