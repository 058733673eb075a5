using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Runs;

/// <summary>A run in a list.</summary>
/// <param name="Id">Run id.</param>
/// <param name="FlowId">Flow id.</param>
/// <param name="FlowVersion">Pinned version.</param>
/// <param name="Status">pending, running, scheduled, waiting, succeeded, failed, cancelled.</param>
/// <param name="Trigger">What started it.</param>
/// <param name="CorrelationId">Correlation id.</param>
/// <param name="BusinessKeys">Business keys (order number, PO number…).</param>
/// <param name="ErrorCategory">Error category of a failed run.</param>
/// <param name="Error">Error message of a failed run.</param>
/// <param name="FailedStep">The failed step's path.</param>
/// <param name="CreatedAt">When started.</param>
/// <param name="UpdatedAt">When last changed.</param>
/// <param name="CompletedAt">When finished.</param>
public sealed record RunSummaryDto(Guid Id, string FlowId, int FlowVersion, string Status, string Trigger, string CorrelationId, IReadOnlyDictionary<string, string> BusinessKeys, string? ErrorCategory, string? Error, string? FailedStep, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? CompletedAt);

/// <summary>One attempt of one step, as the timeline shows it.</summary>
/// <param name="Generation">Run generation (a restart starts a new one).</param>
/// <param name="StepPath">Step path (loop positions included).</param>
/// <param name="StepId">Step id.</param>
/// <param name="Kind">Step kind.</param>
/// <param name="Attempt">Attempt number.</param>
/// <param name="Status">running, waiting, succeeded, failed, skipped.</param>
/// <param name="Input">Evaluated input (secrets redacted).</param>
/// <param name="Output">Output (secrets redacted).</param>
/// <param name="ErrorCategory">Error category.</param>
/// <param name="Error">Error message.</param>
/// <param name="StartedAt">Start.</param>
/// <param name="CompletedAt">End.</param>
/// <param name="DurationMs">Duration in milliseconds.</param>
public sealed record StepRecordDto(int Generation, string StepPath, string StepId, string Kind, int Attempt, string Status, JsonNode? Input, JsonNode? Output, string? ErrorCategory, string? Error, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, double? DurationMs);

/// <summary>A run with its input, output and full step timeline.</summary>
/// <param name="Summary">The list facts.</param>
/// <param name="Input">Run input.</param>
/// <param name="Output">Run output.</param>
/// <param name="Response">The synchronous answer, if given.</param>
/// <param name="Generation">Current generation.</param>
/// <param name="ParentRunId">Parent run of a subflow.</param>
/// <param name="WakeAt">When a scheduled or waiting run is looked at again.</param>
/// <param name="Timeline">Every attempt of every step, all generations, in order.</param>
public sealed record RunDetailDto(RunSummaryDto Summary, JsonNode? Input, JsonNode? Output, JsonObject? Response, int Generation, Guid? ParentRunId, DateTimeOffset? WakeAt, IReadOnlyList<StepRecordDto> Timeline);

/// <summary>Retry a failed run from its failed step.</summary>
/// <param name="Input">Edited input for the failed step, or null to recompute it.</param>
public sealed record RetryRunRequest(JsonNode? Input);

/// <summary>Skip the failed step.</summary>
/// <param name="Output">The output the step is deemed to have produced.</param>
public sealed record SkipStepRequest(JsonNode? Output);

/// <summary>An event posted to the hub.</summary>
/// <param name="Id">Unique id (applied once); generated when absent.</param>
/// <param name="Type">Event type, e.g. wms.shipment.shipped.</param>
/// <param name="CorrelationKey">What waits match on.</param>
/// <param name="Payload">The body.</param>
public sealed record PublishEventRequest(string? Id, string Type, string? CorrelationKey, JsonNode? Payload);

/// <summary>Outcome of posting an event.</summary>
/// <param name="Id">The event id.</param>
/// <param name="Accepted">False when the id was seen before (nothing happened again).</param>
public sealed record PublishEventResult(string Id, bool Accepted);

/// <summary>Outcome of starting a run.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Created">False when the idempotency key matched an existing run.</param>
/// <param name="Status">Its status now.</param>
public sealed record StartRunResult(Guid RunId, bool Created, string Status);

/// <summary>Replay every run matching a filter.</summary>
/// <param name="Action">retry (from the failed step) or restart (from the beginning).</param>
/// <param name="FlowId">Flow id.</param>
/// <param name="Version">Flow version.</param>
/// <param name="Status">Statuses, comma separated; default failed.</param>
/// <param name="ErrorCategory">Error category.</param>
/// <param name="From">Created at or after.</param>
/// <param name="To">Created before.</param>
public sealed record BulkReplayRequest(string Action, string? FlowId, int? Version, string? Status, string? ErrorCategory, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>Progress of a bulk replay.</summary>
/// <param name="Id">Operation id.</param>
/// <param name="Action">retry or restart.</param>
/// <param name="Status">running, completed.</param>
/// <param name="Total">Runs matched at the start.</param>
/// <param name="Succeeded">Runs replayed.</param>
/// <param name="Failed">Runs that could not be replayed.</param>
/// <param name="LastError">Last problem met.</param>
/// <param name="CreatedBy">Who started it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="CompletedAt">When it ended.</param>
public sealed record BulkOperationDto(Guid Id, string Action, string Status, int Total, int Succeeded, int Failed, string? LastError, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
