namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A supplier shipment received into the warehouse.</summary>
public sealed record SupplierReceipt(long ShipmentId, string? Number, string State, IReadOnlyList<ReceiptLineResult> Lines)
{
    /// <summary>Gets the lines that arrived short.</summary>
    public IEnumerable<ReceiptLineResult> Shortages => Lines.Where(l => l.Shortage > 0);
}
