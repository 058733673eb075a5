namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Names a purchase order.</summary>
/// <param name="Number">The PO number.</param>
public sealed record PurchaseOrderRef(string Number);
