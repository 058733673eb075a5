namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>The credit decision.</summary>
/// <param name="Customer">The customer code.</param>
/// <param name="Status"><c>approved</c> or <c>hold</c>.</param>
/// <param name="CreditLimit">The limit.</param>
/// <param name="Exposure">Open orders not yet invoiced plus unpaid invoices.</param>
/// <param name="Available">The limit minus the exposure.</param>
/// <param name="Currency">The ISO currency.</param>
/// <param name="Reason">Why it is on hold, if it is.</param>
public sealed record CreditCheckOutput(string Customer, string Status, decimal CreditLimit, decimal Exposure, decimal Available, string Currency, string? Reason);
