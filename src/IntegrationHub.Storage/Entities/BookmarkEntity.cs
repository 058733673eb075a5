namespace IntegrationHub.Storage.Entities;

/// <summary>A run waiting for an event type and correlation key until a deadline.</summary>
public sealed class BookmarkEntity
{
    public Guid RunId { get; set; }

    public required string StepPath { get; set; }

    public required string EventType { get; set; }

    public required string CorrelationKey { get; set; }

    public DateTimeOffset Deadline { get; set; }
}
