using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Model;

/// <summary>What an operator action does to a run that nobody works on.</summary>
public sealed record IdleRunChange
{
    /// <summary>Gets the new status.</summary>
    public required RunStatus Status { get; init; }

    /// <summary>Gets whether a new generation starts (restart from the beginning).</summary>
    public bool NewGeneration { get; init; }

    /// <summary>Gets journal records to add (a skip's supplied output).</summary>
    public IReadOnlyList<StepRecord> AddSteps { get; init; } = [];

    /// <summary>Gets an input override for a step (retry with edited input).</summary>
    public KeyValuePair<string, JsonNode?>? InputOverride { get; init; }

    /// <summary>Gets the step path whose retry policy starts a fresh round of attempts.</summary>
    public string? ResetAttemptsFor { get; init; }

    /// <summary>Gets whether the error is cleared.</summary>
    public bool ClearError { get; init; }

    /// <summary>Gets whether to mark a cancel request (for a run that is executing right now).</summary>
    public bool RequestCancel { get; init; }

    /// <summary>Gets whether bookmarks are removed.</summary>
    public bool ClearBookmarks { get; init; }
}
