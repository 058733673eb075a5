namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>What arrived of an item.</summary>
public sealed record ReceiptLine(string ItemCode, decimal ReceivedQuantity);
