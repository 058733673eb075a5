namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A customer.</summary>
/// <param name="Code">The customer code.</param>
/// <param name="Name">The name.</param>
/// <param name="Currency">The ISO currency.</param>
/// <param name="PriceList">The contract price list, if any.</param>
/// <param name="CreditLimit">The credit limit in <paramref name="Currency"/>.</param>
/// <param name="OnCreditHold">Whether every order goes on hold.</param>
/// <param name="Email">The order confirmation address.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record Customer(string Code, string Name, string Currency, string? PriceList, decimal CreditLimit, bool OnCreditHold, string Email, DateTimeOffset UpdatedAt);
