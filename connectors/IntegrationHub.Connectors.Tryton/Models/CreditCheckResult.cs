namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>
/// A credit check: <see cref="Exposure"/> is what Tryton counts against the limit (receivables plus
/// confirmed sales not yet invoiced); <see cref="Limit"/> is null when the customer has no limit.
/// </summary>
public sealed record CreditCheckResult(string CustomerCode, CreditDecision Decision, Money OrderAmount, Money? Limit, Money Exposure, Money? Available)
{
    /// <summary>Gets a value indicating whether the order may proceed.</summary>
    public bool Approved => Decision == CreditDecision.Approved;
}
