namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A line to buy; <see cref="Unit"/> defaults to the item's purchase unit.</summary>
public sealed record PurchaseOrderLineRequest(string ItemCode, decimal Quantity, decimal UnitPrice, string? Unit = null);
