using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of receiveSupplierShipment.</summary>
public sealed record ReceiveSupplierShipmentInput(
    long PurchaseOrderId,
    IReadOnlyList<ReceiptLine> Lines,
    [property: Description("Supplier's shipment reference (ASN number).")] string? Reference = null);
