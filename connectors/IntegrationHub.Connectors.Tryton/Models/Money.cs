namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>An amount in an ISO 4217 currency.</summary>
public sealed record Money(decimal Amount, string Currency);
