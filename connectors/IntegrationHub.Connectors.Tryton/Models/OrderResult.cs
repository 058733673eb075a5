namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>The Tryton record behind an idempotent create; <see cref="Created"/> is false when the key already existed.</summary>
public sealed record OrderResult(long Id, string? Number, string State, bool Created);
