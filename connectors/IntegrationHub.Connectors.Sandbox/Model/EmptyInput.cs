namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>An operation without input.</summary>
public sealed record EmptyInput;
