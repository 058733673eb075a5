namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Stock of one item in one warehouse: on hand now, and available to promise (on hand less what is already promised).</summary>
public sealed record ItemAvailability(string ItemCode, string WarehouseCode, decimal OnHand, decimal Available, string Unit);
