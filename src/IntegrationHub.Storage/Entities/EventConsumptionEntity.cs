namespace IntegrationHub.Storage.Entities;

/// <summary>An event consumed by a run's wait: each event is applied once per run.</summary>
public sealed class EventConsumptionEntity
{
    public required string EventId { get; set; }

    public Guid RunId { get; set; }

    public DateTimeOffset ConsumedAt { get; set; }
}
