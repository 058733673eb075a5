namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Names a sales order.</summary>
/// <param name="OrderNumber">The order number.</param>
public sealed record OrderRef(string OrderNumber);
