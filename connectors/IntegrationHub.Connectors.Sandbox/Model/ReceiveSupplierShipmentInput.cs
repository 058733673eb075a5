namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Books a supplier delivery into stock.</summary>
/// <param name="Number">The PO number.</param>
/// <param name="Lines">The received lines.</param>
public sealed record ReceiveSupplierShipmentInput(string Number, IReadOnlyList<ReceivedLine> Lines);
