namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of listPostedInvoices.</summary>
public sealed record ListPostedInvoicesInput(DateTimeOffset Since, int Limit = 100);
