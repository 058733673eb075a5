namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A purchase line with what is still expected from the supplier and when.</summary>
public sealed record PurchaseOrderLine(long LineId, string ItemCode, decimal Ordered, decimal Received, decimal Expected, DateOnly? ExpectedDate, string Unit, Money UnitPrice);
