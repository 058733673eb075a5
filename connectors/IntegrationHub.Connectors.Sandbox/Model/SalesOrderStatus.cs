namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Line-level status of a sales order.</summary>
/// <param name="OrderNumber">The order number.</param>
/// <param name="State">The order state.</param>
/// <param name="Lines">Per line.</param>
public sealed record SalesOrderStatus(string OrderNumber, string State, IReadOnlyList<SalesOrderLineStatus> Lines);
