namespace IntegrationHub.Storage.Entities;

/// <summary>A configured connection of a connector. Secret settings are stored encrypted.</summary>
public sealed class ConnectionEntity
{
    public required string Name { get; set; }

    public required string Connector { get; set; }

    public string? Description { get; set; }

    /// <summary>Non-secret settings as JSON.</summary>
    public required string Settings { get; set; }

    /// <summary>Secret settings, encrypted with Data Protection; null when there are none.</summary>
    public string? ProtectedSecrets { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
