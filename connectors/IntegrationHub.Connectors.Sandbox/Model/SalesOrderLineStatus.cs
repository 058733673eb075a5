namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Fulfilment of one order line, in its unit.</summary>
/// <param name="LineNo">The line number.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Ordered">Ordered.</param>
/// <param name="Shipped">Shipped.</param>
/// <param name="InProgress">In open shipments.</param>
/// <param name="Backordered">Neither shipped nor in an open shipment (after a short pick or for lack of stock).</param>
public sealed record SalesOrderLineStatus(int LineNo, string Sku, string Unit, decimal Ordered, decimal Shipped, decimal InProgress, decimal Backordered);
