namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Purchase orders ordered by number.</summary>
/// <param name="Orders">The purchase orders.</param>
public sealed record PurchaseOrderList(IReadOnlyList<PurchaseOrder> Orders);
