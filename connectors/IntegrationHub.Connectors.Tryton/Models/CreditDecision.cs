namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Outcome of a credit check.</summary>
public enum CreditDecision
{
    /// <summary>The order fits within the credit limit (or the customer has no limit).</summary>
    Approved,

    /// <summary>The order would exceed the credit limit.</summary>
    Hold,
}
