namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A stocked item.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Description">The description.</param>
/// <param name="BaseUnit">The unit stock is kept in.</param>
/// <param name="Units">Unit code → number of base units (the base unit maps to 1).</param>
/// <param name="ListPrice">The list price per base unit.</param>
/// <param name="Currency">The ISO currency of the list price.</param>
/// <param name="LotTracked">Whether stock is tracked by lot.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record Item(string Sku, string Description, string BaseUnit, Dictionary<string, decimal> Units, decimal ListPrice, string Currency, bool LotTracked, DateTimeOffset UpdatedAt);
