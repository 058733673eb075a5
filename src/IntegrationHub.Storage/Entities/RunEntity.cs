using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Storage.Entities;

/// <summary>A run row: identity, pinned version, state, lease.</summary>
public sealed class RunEntity
{
    public Guid Id { get; set; }

    public required string FlowId { get; set; }

    public int FlowVersion { get; set; }

    public RunStatus Status { get; set; }

    public required string TriggerKind { get; set; }

    public string? Input { get; set; }

    public required string CorrelationId { get; set; }

    public string? IdempotencyKey { get; set; }

    public int Generation { get; set; } = 1;

    public string? Output { get; set; }

    public string? Response { get; set; }

    public string? ErrorCategory { get; set; }

    public string? ErrorMessage { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorStepPath { get; set; }

    /// <summary>JSON object: step path → edited input for the next attempt.</summary>
    public string? InputOverrides { get; set; }

    /// <summary>JSON object: step path → first attempt of the current retry round.</summary>
    public string? AttemptFloors { get; set; }

    public Guid? ParentRunId { get; set; }

    public DateTimeOffset? WakeAt { get; set; }

    public bool CancelRequested { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Optimistic concurrency: every write increments it; taking a lease does too.</summary>
    public long Version { get; set; }
}
