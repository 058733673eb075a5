namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Names a customer.</summary>
/// <param name="Customer">The customer code.</param>
public sealed record CustomerRef(string Customer);
