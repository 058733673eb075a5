namespace IntegrationHub.Storage.Entities;

/// <summary>An append-only record of who did what, when.</summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string ActorKind { get; set; }

    public required string Action { get; set; }

    public string? Target { get; set; }

    public required string Outcome { get; set; }

    public string? Details { get; set; }

    public string? CorrelationId { get; set; }
}
