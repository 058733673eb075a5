namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>The created (or existing) purchase order.</summary>
/// <param name="Created">Whether this call created it.</param>
/// <param name="Order">The purchase order.</param>
public sealed record CreatePurchaseOrderOutput(bool Created, PurchaseOrder Order);
