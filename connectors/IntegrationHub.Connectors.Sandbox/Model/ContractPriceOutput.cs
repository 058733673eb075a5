namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>The price a customer pays.</summary>
/// <param name="Customer">The customer code.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Unit">The unit the price is per.</param>
/// <param name="UnitPrice">The price per unit.</param>
/// <param name="Currency">The ISO currency.</param>
/// <param name="PriceList">The price list used, or <c>list</c> for the list price.</param>
/// <param name="ListPrice">The list price per <paramref name="Unit"/>, for comparison.</param>
public sealed record ContractPriceOutput(string Customer, string Sku, string Unit, decimal UnitPrice, string Currency, string PriceList, decimal ListPrice);
