using System.ComponentModel;

namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>Input of getAvailability.</summary>
public sealed record AvailabilityInput(
    IReadOnlyList<string> Items,
    [property: Description("Warehouse codes; every warehouse when empty.")] IReadOnlyList<string>? Warehouses = null);
