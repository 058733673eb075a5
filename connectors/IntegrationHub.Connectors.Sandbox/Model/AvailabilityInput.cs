namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Asks for available-to-promise stock.</summary>
/// <param name="Skus">The SKUs.</param>
/// <param name="Warehouses">The warehouses to include; <see langword="null"/> for all.</param>
public sealed record AvailabilityInput(IReadOnlyList<string> Skus, IReadOnlyList<string>? Warehouses = null);
