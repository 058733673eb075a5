namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Asks for what happened after a moment.</summary>
/// <param name="Since">The moment (exclusive); <see langword="null"/> for everything.</param>
public sealed record SinceInput(DateTimeOffset? Since = null);
