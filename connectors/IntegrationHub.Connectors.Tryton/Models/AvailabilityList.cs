namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Output of getAvailability.</summary>
public sealed record AvailabilityList(IReadOnlyList<ItemAvailability> Availability);
