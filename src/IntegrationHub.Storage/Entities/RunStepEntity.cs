using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Storage.Entities;

/// <summary>One attempt of one step (the journal).</summary>
public sealed class RunStepEntity
{
    public Guid RunId { get; set; }

    public int Generation { get; set; }

    public required string StepPath { get; set; }

    public int Attempt { get; set; }

    public required string StepId { get; set; }

    public required string Kind { get; set; }

    public StepStatus Status { get; set; }

    public string? Input { get; set; }

    public string? Output { get; set; }

    public string? ErrorCategory { get; set; }

    public string? ErrorMessage { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
