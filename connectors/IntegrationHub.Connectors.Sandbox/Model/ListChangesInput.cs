namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Asks for changed records of one entity.</summary>
/// <param name="Entity">One of customer, item, priceList, stock, salesOrder, shipment, purchaseOrder, invoice.</param>
/// <param name="Since">The moment (exclusive); <see langword="null"/> for everything.</param>
public sealed record ListChangesInput(string Entity, DateTimeOffset? Since = null);
