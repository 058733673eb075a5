namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Stock of an item in one warehouse, in the base unit.</summary>
/// <param name="Warehouse">The warehouse code.</param>
/// <param name="OnHand">On hand.</param>
/// <param name="Reserved">Reserved for open shipments.</param>
/// <param name="Available">Available to promise (on hand minus reserved).</param>
public sealed record WarehouseAvailability(string Warehouse, decimal OnHand, decimal Reserved, decimal Available);
