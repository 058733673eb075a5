namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>What the supplier confirmed for an item: quantity and delivery date.</summary>
public sealed record SupplierConfirmationLine(string ItemCode, decimal ConfirmedQuantity, DateOnly? DeliveryDate = null);
