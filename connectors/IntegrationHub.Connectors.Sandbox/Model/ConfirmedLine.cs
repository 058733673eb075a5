namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>What the supplier confirmed for a line (X12 855).</summary>
/// <param name="LineNo">The PO line.</param>
/// <param name="ConfirmedQuantity">The confirmed quantity.</param>
/// <param name="ConfirmedDate">The confirmed delivery date.</param>
public sealed record ConfirmedLine(int LineNo, decimal ConfirmedQuantity, DateOnly? ConfirmedDate = null);
