namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Asks for the price a customer pays.</summary>
/// <param name="Customer">The customer code.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="Unit">The unit of <paramref name="Quantity"/> and of the price.</param>
public sealed record ContractPriceInput(string Customer, string Sku, decimal Quantity, string Unit);
