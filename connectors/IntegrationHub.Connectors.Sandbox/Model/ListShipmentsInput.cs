namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Filters shipments.</summary>
/// <param name="State">The state; <see langword="null"/> for all.</param>
/// <param name="Warehouse">The warehouse; <see langword="null"/> for all.</param>
/// <param name="OrderNumber">The sales order; <see langword="null"/> for all.</param>
public sealed record ListShipmentsInput(string? State = null, string? Warehouse = null, string? OrderNumber = null);
