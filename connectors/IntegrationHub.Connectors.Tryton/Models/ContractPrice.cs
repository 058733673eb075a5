namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>The unit price a customer pays for a quantity of an item, and the price list that set it (none: list price).</summary>
public sealed record ContractPrice(string CustomerCode, string ItemCode, decimal Quantity, string Unit, Money UnitPrice, string? PriceList);
