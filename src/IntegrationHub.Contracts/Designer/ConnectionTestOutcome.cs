namespace IntegrationHub.Contracts.Designer;

/// <summary>The result of a connection test.</summary>
/// <param name="Succeeded">Whether the connection works.</param>
/// <param name="Message">What was checked, or why it failed (never a secret).</param>
public sealed record ConnectionTestOutcome(bool Succeeded, string Message);
