namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Output of listPurchaseOrdersToSend.</summary>
public sealed record PurchaseOrderList(IReadOnlyList<PurchaseOrder> PurchaseOrders);
