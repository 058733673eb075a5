using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Model;

/// <summary>A run as stored: identity, pinned flow version, inputs, keys, status and its journal.</summary>
public sealed record RunRecord
{
    /// <summary>Gets the run id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the flow id.</summary>
    public required string FlowId { get; init; }

    /// <summary>Gets the flow version the run is pinned to.</summary>
    public required int FlowVersion { get; init; }

    /// <summary>Gets the status.</summary>
    public required RunStatus Status { get; init; }

    /// <summary>Gets what started the run (http, schedule, event, manual, subflow, replay).</summary>
    public required string TriggerKind { get; init; }

    /// <summary>Gets the input.</summary>
    public JsonNode? Input { get; init; }

    /// <summary>Gets the correlation id.</summary>
    public required string CorrelationId { get; init; }

    /// <summary>Gets the idempotency key (unique per flow), if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the business keys (orderNumber, poNumber, shipmentId…).</summary>
    public IReadOnlyDictionary<string, string> BusinessKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the generation (incremented by a restart).</summary>
    public int Generation { get; init; } = 1;

    /// <summary>Gets the output of a finished run.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>Gets the answer of the respond step (status, headers, body), once given.</summary>
    public JsonObject? Response { get; init; }

    /// <summary>Gets the error of a failed run.</summary>
    public RunError? Error { get; init; }

    /// <summary>Gets per-step input overrides set by an operator's retry with edited input.</summary>
    public IReadOnlyDictionary<string, JsonNode?> InputOverrides { get; init; } = new Dictionary<string, JsonNode?>();

    /// <summary>Gets, per step path, the first attempt of the current round: an operator's retry starts a fresh round of the retry policy.</summary>
    public IReadOnlyDictionary<string, int> AttemptFloors { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets the parent run of a subflow run.</summary>
    public Guid? ParentRunId { get; init; }

    /// <summary>Gets when a scheduled or waiting run should be looked at again.</summary>
    public DateTimeOffset? WakeAt { get; init; }

    /// <summary>Gets whether an operator asked to cancel.</summary>
    public bool CancelRequested { get; init; }

    /// <summary>Gets when created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Gets when finished.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Gets the optimistic concurrency version.</summary>
    public long Version { get; init; }

    /// <summary>Gets the journal of the current generation (all attempts), in order.</summary>
    public IReadOnlyList<StepRecord> Steps { get; init; } = [];

    /// <summary>Gets whether the run has finished for good.</summary>
    public bool IsFinished => Status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled;
}
