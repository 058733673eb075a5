using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of checkCredit.</summary>
public sealed record CreditCheckInput(string Customer, [property: Description("Order amount.")] decimal Amount, [property: Description("ISO 4217 currency of the amount.")] string Currency);
