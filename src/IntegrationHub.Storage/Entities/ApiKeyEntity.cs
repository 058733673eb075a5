namespace IntegrationHub.Storage.Entities;

/// <summary>A machine credential. Only a SHA-256 hash of the key is stored.</summary>
public sealed class ApiKeyEntity
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>First characters of the key, shown to recognise it and used to find the row.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key (keys are 256-bit random, so a fast hash is enough).</summary>
    public required string Hash { get; set; }

    public required string Roles { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
