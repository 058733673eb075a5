namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of listPurchaseOrdersToSend.</summary>
public sealed record ListPurchaseOrdersToSendInput(int Limit = 100);
