namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Output of listPostedInvoices.</summary>
public sealed record InvoiceList(IReadOnlyList<Invoice> Invoices);
