namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Applies a supplier's order acknowledgement.</summary>
/// <param name="Number">The PO number.</param>
/// <param name="Lines">The confirmed lines.</param>
public sealed record SupplierConfirmationInput(string Number, IReadOnlyList<ConfirmedLine> Lines);
