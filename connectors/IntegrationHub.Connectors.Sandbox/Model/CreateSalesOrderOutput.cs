namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>The created (or, on a repeated call, the existing) order.</summary>
/// <param name="Created">Whether this call created it.</param>
/// <param name="Order">The order.</param>
public sealed record CreateSalesOrderOutput(bool Created, SalesOrder Order);
