namespace IntegrationHub.Connectors.Tryton.Models;

/// <summary>A record created or modified at <see cref="ChangedAt"/>; <see cref="Key"/> is its business key when it has one yet.</summary>
public sealed record Change(long Id, string? Key, DateTimeOffset ChangedAt);
