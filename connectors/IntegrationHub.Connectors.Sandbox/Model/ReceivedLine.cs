namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>What arrived for a PO line.</summary>
/// <param name="LineNo">The PO line.</param>
/// <param name="Quantity">The received quantity in the line's unit.</param>
/// <param name="Lot">The lot, for lot-tracked items; generated when absent.</param>
public sealed record ReceivedLine(int LineNo, decimal Quantity, string? Lot = null);
