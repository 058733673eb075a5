namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A postal address of a party.</summary>
public sealed record Address(long Id, string? Street, string? City, string? PostalCode, string? Country);
