namespace IntegrationHub.Storage.Entities;

/// <summary>Key-value state a connector keeps in the hub (the Sandbox's ERP records), versioned for optimistic concurrency.</summary>
public sealed class ConnectorStateEntity
{
    public required string Scope { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }

    public long Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
