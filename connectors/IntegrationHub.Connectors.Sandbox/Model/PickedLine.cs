namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>The quantity actually picked for a shipment line.</summary>
/// <param name="OrderLineNo">The order line.</param>
/// <param name="Quantity">The quantity picked, at most the assigned quantity.</param>
public sealed record PickedLine(int OrderLineNo, decimal Quantity);
