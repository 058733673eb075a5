using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Triggers;

/// <summary>What a trigger (HTTP hook, schedule, event, API) asks to start.</summary>
public sealed record StartRequest
{
    /// <summary>Gets the flow id.</summary>
    public required string FlowId { get; init; }

    /// <summary>Gets the trigger kind (http, schedule, event, manual).</summary>
    public required string TriggerKind { get; init; }

    /// <summary>Gets the input.</summary>
    public JsonNode? Input { get; init; }

    /// <summary>Gets an idempotency key supplied by the caller (e.g. the Idempotency-Key header), used when the trigger defines none.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets a correlation id supplied by the caller (e.g. a traceparent or X-Correlation-Id), used when the trigger defines none.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Gets the trigger to use when a flow has several of this kind (e.g. the HTTP path); null takes the first.</summary>
    public Flows.Model.TriggerDefinition? Trigger { get; init; }

    /// <summary>Gets whether the new run is handed to the dispatcher (false when the caller executes it inline).</summary>
    public bool Dispatch { get; init; } = true;

    /// <summary>
    /// Gets the published version the caller already resolved for <see cref="Trigger"/> (the HTTP trigger index);
    /// null looks up the latest published version.
    /// </summary>
    public int? FlowVersion { get; init; }

    /// <summary>
    /// Gets the lease to create the run with when the caller executes it inline (<see cref="Dispatch"/> false),
    /// so that the pass needs no separate lease round trip; null creates the run pending.
    /// </summary>
    public Model.RunLease? Lease { get; init; }
}
