namespace IntegrationHub.Storage.Entities;

/// <summary>An event (inbox and outbox): applied once per id, kept for waits that start later.</summary>
public sealed class EventEntity
{
    public required string Id { get; set; }

    public required string Type { get; set; }

    public string? CorrelationKey { get; set; }

    public string? Payload { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset KeepUntil { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }
}
