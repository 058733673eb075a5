using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;

namespace IntegrationHub.Runtime.Model;

/// <summary>One attempt of one step, as the journal keeps it.</summary>
public sealed record StepRecord
{
    /// <summary>Gets the run.</summary>
    public required Guid RunId { get; init; }

    /// <summary>Gets the run generation (a restart starts a new one; older records stay for history).</summary>
    public required int Generation { get; init; }

    /// <summary>Gets the step path: the step id, prefixed by loop positions (<c>lines[2]/release</c>).</summary>
    public required string StepPath { get; init; }

    /// <summary>Gets the step id.</summary>
    public required string StepId { get; init; }

    /// <summary>Gets the step kind.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the attempt number, from 1.</summary>
    public required int Attempt { get; init; }

    /// <summary>Gets the status of this attempt.</summary>
    public required StepStatus Status { get; init; }

    /// <summary>Gets the evaluated input (or a control step's decision).</summary>
    public JsonNode? Input { get; init; }

    /// <summary>Gets the output.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>Gets the error category when failed.</summary>
    public ErrorCategory? ErrorCategory { get; init; }

    /// <summary>Gets the error message when failed.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>Gets when the attempt started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets when it ended (null while running or waiting).</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Gets whether the attempt is final for the step (succeeded or skipped).</summary>
    public bool IsDone => Status is StepStatus.Succeeded or StepStatus.Skipped;
}
