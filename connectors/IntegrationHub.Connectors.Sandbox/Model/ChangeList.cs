namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Changed records ordered by time.</summary>
/// <param name="Changes">The changes.</param>
public sealed record ChangeList(IReadOnlyList<ChangeRecord> Changes);
