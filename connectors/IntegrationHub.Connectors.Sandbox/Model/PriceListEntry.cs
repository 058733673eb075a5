namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A contract price: from <paramref name="MinQuantity"/> (in <paramref name="Unit"/>) up.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Unit">The unit the price is per.</param>
/// <param name="MinQuantity">The smallest quantity the price applies to.</param>
/// <param name="UnitPrice">The price per unit.</param>
public sealed record PriceListEntry(string Sku, string Unit, decimal MinQuantity, decimal UnitPrice);
