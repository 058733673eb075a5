namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A Tryton party used as a customer.</summary>
public sealed record Customer(
    long Id,
    string Code,
    string Name,
    string? PriceList,
    Money? CreditLimit,
    string? PaymentTerm,
    IReadOnlyList<Address> Addresses);
