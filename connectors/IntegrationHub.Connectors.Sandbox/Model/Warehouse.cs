namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A warehouse.</summary>
/// <param name="Code">The code.</param>
/// <param name="Name">The name.</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record Warehouse(string Code, string Name, DateTimeOffset UpdatedAt);
