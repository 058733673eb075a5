namespace IntegrationHub.Storage.Entities;

/// <summary>One version of a mapping document. Published and retired rows never change content.</summary>
public sealed class MappingVersionEntity
{
    public required string MappingId { get; set; }

    /// <summary>0 for the draft; 1, 2, … in publish order.</summary>
    public int Version { get; set; }

    /// <summary>draft, published or retired (the flow lifecycle: see Contracts FlowVersionStatus).</summary>
    public required string Status { get; set; }

    public required string ContentHash { get; set; }

    /// <summary>The mapping document as JSON text.</summary>
    public required string Content { get; set; }

    public required string Name { get; set; }

    /// <summary>The source payload's schema id, for listing without parsing content.</summary>
    public string? SourceSchema { get; set; }

    /// <summary>The target schema id, for listing without parsing content.</summary>
    public string? TargetSchema { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public string? RetiredBy { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every write.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public MappingEntity? Mapping { get; set; }
}
