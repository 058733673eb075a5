namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A received line with its shortage.</summary>
/// <param name="LineNo">The PO line.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Expected">Confirmed (or ordered) quantity.</param>
/// <param name="Received">Received in total so far.</param>
/// <param name="Shortage">Expected minus received, when positive.</param>
public sealed record ReceiptLine(int LineNo, string Sku, string Unit, decimal Expected, decimal Received, decimal Shortage);
