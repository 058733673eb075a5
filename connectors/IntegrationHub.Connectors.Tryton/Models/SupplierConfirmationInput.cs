namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of applySupplierConfirmation.</summary>
public sealed record SupplierConfirmationInput(long PurchaseOrderId, IReadOnlyList<SupplierConfirmationLine> Lines);
