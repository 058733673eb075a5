namespace IntegrationHub.Storage.Entities;

/// <summary>A configured connection of a connector. Each secret setting is stored encrypted on its own.</summary>
public sealed class ConnectionEntity
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case name: names are unique regardless of case.</summary>
    public required string NormalizedName { get; set; }

    public required string Connector { get; set; }

    /// <summary>Non-secret settings as a JSON object.</summary>
    public required string Settings { get; set; }

    /// <summary>JSON object: secret field → Data Protection ciphertext.</summary>
    public required string ProtectedSecrets { get; set; }

    /// <summary>JSON array of the SSRF allow-list entries.</summary>
    public required string AllowedHosts { get; set; }

    public long Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
