using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Model;

/// <summary>What a trigger asks the store to create.</summary>
public sealed record NewRun
{
    /// <summary>Gets the run id to use.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Gets the flow id.</summary>
    public required string FlowId { get; init; }

    /// <summary>Gets the pinned version.</summary>
    public required int FlowVersion { get; init; }

    /// <summary>Gets the trigger kind.</summary>
    public required string TriggerKind { get; init; }

    /// <summary>Gets the input.</summary>
    public JsonNode? Input { get; init; }

    /// <summary>Gets the correlation id.</summary>
    public required string CorrelationId { get; init; }

    /// <summary>Gets the idempotency key, if any (unique per flow).</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the business keys.</summary>
    public IReadOnlyDictionary<string, string> BusinessKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the parent run for subflows.</summary>
    public Guid? ParentRunId { get; init; }

    /// <summary>
    /// Gets a lease to create the run with (status running, held by the creator), when the creator executes
    /// the run itself at once; null creates it pending. A creator that dies leaves a run whose lease expires,
    /// which recovery then hands to another worker like any other crashed pass.
    /// </summary>
    public RunLease? Lease { get; init; }
}
