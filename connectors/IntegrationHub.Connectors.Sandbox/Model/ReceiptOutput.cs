namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>The outcome of a receipt.</summary>
/// <param name="Number">The PO number.</param>
/// <param name="ReceiptNumber">The receipt number.</param>
/// <param name="Lines">Every PO line.</param>
/// <param name="HasShortage">Whether any line is short.</param>
public sealed record ReceiptOutput(string Number, string ReceiptNumber, IReadOnlyList<ReceiptLine> Lines, bool HasShortage);
