namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Available-to-promise stock.</summary>
/// <param name="Items">Per item, in the order asked.</param>
public sealed record AvailabilityOutput(IReadOnlyList<ItemAvailability> Items);
