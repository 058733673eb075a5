namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Names an item.</summary>
/// <param name="Sku">The SKU.</param>
public sealed record ItemRef(string Sku);
