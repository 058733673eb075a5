namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A posted customer invoice.</summary>
public sealed record Invoice(
    long Id,
    string? Number,
    string CustomerCode,
    DateOnly? InvoiceDate,
    string State,
    Money UntaxedAmount,
    Money TotalAmount,
    IReadOnlyList<long> SalesOrderIds,
    DateTimeOffset ChangedAt,
    IReadOnlyList<InvoiceLine> Lines);
