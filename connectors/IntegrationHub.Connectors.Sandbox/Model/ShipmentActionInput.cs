namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Moves a shipment one step.</summary>
/// <param name="ShipmentNumber">The shipment.</param>
/// <param name="Action">The step.</param>
/// <param name="Carrier">The carrier (required for <c>done</c>).</param>
/// <param name="TrackingNumber">The tracking number; generated for <c>done</c> when absent.</param>
/// <param name="Lines">Picked quantities for a short pick; absent picks everything assigned.</param>
public sealed record ShipmentActionInput(string ShipmentNumber, ShipmentAction Action, string? Carrier = null, string? TrackingNumber = null, IReadOnlyList<PickedLine>? Lines = null);
