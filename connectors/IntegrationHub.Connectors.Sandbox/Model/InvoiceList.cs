namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Posted invoices ordered by posting time.</summary>
/// <param name="Invoices">The invoices.</param>
public sealed record InvoiceList(IReadOnlyList<Invoice> Invoices);
