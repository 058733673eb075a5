namespace IntegrationHub.Storage.Entities;

/// <summary>One version of a flow. Published and retired rows never change content.</summary>
public sealed class FlowVersionEntity
{
    public required string FlowId { get; set; }

    public int Version { get; set; }

    /// <summary>draft, published or retired (see Contracts FlowVersionStatus).</summary>
    public required string Status { get; set; }

    public required string ContentHash { get; set; }

    /// <summary>The flow document as JSON text.</summary>
    public required string Content { get; set; }

    public required string Name { get; set; }

    /// <summary>Trigger kinds, comma separated, for listing without parsing content.</summary>
    public required string TriggerKinds { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public string? RetiredBy { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every write.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public FlowEntity? Flow { get; set; }
}
