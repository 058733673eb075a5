using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Execution;

/// <summary>How executing a step (or a list of steps) ended in this pass.</summary>
internal readonly record struct StepOutcome(StepOutcomeKind Kind, JsonNode? Output = null, DateTimeOffset? WakeAt = null, RunError? Error = null)
{
    public static StepOutcome Done(JsonNode? output) => new(StepOutcomeKind.Completed, output);

    public static StepOutcome Scheduled(DateTimeOffset at) => new(StepOutcomeKind.Scheduled, WakeAt: at);

    public static StepOutcome Waiting(DateTimeOffset deadline) => new(StepOutcomeKind.Waiting, WakeAt: deadline);

    public static StepOutcome Fail(RunError error) => new(StepOutcomeKind.Failed, Error: error);

    public static StepOutcome Cancelled => new(StepOutcomeKind.Cancelled);

    public bool IsCompleted => Kind == StepOutcomeKind.Completed;

    /// <summary>Combines the outcomes of concurrent branches: a failure wins, then cancellation, then the earliest suspension.</summary>
    public static StepOutcome Combine(IReadOnlyList<StepOutcome> outcomes, JsonNode? output)
    {
        if (outcomes.FirstOrDefault(o => o.Kind == StepOutcomeKind.Failed) is { Kind: StepOutcomeKind.Failed } failed)
        {
            return failed;
        }

        if (outcomes.Any(o => o.Kind == StepOutcomeKind.Cancelled))
        {
            return Cancelled;
        }

        var suspended = outcomes.Where(o => o.Kind is StepOutcomeKind.Scheduled or StepOutcomeKind.Waiting).ToList();
        if (suspended.Count == 0)
        {
            return Done(output);
        }

        var earliest = suspended.MinBy(o => o.WakeAt ?? DateTimeOffset.MaxValue);
        return suspended.Any(o => o.Kind == StepOutcomeKind.Scheduled) ? earliest with { Kind = StepOutcomeKind.Scheduled } : earliest;
    }
}

/// <summary>Kinds of <see cref="StepOutcome"/>.</summary>
internal enum StepOutcomeKind
{
    Completed,
    Scheduled,
    Waiting,
    Failed,
    Cancelled,
}
