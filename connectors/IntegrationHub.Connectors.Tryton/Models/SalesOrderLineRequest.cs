namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A line to order; <see cref="Unit"/> defaults to the item's sale unit, <see cref="UnitPrice"/> to the contract price.</summary>
public sealed record SalesOrderLineRequest(string ItemCode, decimal Quantity, string? Unit = null, decimal? UnitPrice = null);
