namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Available-to-promise stock of an item.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Unit">The base unit of the quantities.</param>
/// <param name="Warehouses">Per warehouse.</param>
/// <param name="TotalAvailable">Across the warehouses.</param>
public sealed record ItemAvailability(string Sku, string Unit, IReadOnlyList<WarehouseAvailability> Warehouses, decimal TotalAvailable);
