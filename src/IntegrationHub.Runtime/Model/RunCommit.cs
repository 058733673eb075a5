using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Model;

/// <summary>
/// Everything one checkpoint writes, applied by the store in ONE transaction and only while the writer
/// still holds the run's lease: journal records, run state, events to publish (outbox), bookmarks,
/// consumed events and child runs. Either all of it is durable or none.
/// </summary>
public sealed record RunCommit
{
    /// <summary>Gets the run.</summary>
    public required Guid RunId { get; init; }

    /// <summary>Gets the lease owner writing.</summary>
    public required string LeaseOwner { get; init; }

    /// <summary>Gets journal records to insert or update (keyed by generation, path and attempt); the store looks up which exist.</summary>
    public IReadOnlyList<StepRecord> Steps { get; init; } = [];

    /// <summary>Gets journal records the writer knows were never stored: inserted without a lookup.</summary>
    public IReadOnlyList<StepRecord> InsertSteps { get; init; } = [];

    /// <summary>Gets journal records the writer knows are stored (same generation, path and attempt): updated without a lookup.</summary>
    public IReadOnlyList<StepRecord> UpdateSteps { get; init; } = [];

    /// <summary>Gets the new status, if it changes.</summary>
    public RunStatus? Status { get; init; }

    /// <summary>Gets the run output, when finishing.</summary>
    public JsonNode? Output { get; init; }

    /// <summary>Gets the respond step's answer, when given.</summary>
    public JsonObject? Response { get; init; }

    /// <summary>Gets the run error, when failing.</summary>
    public RunError? Error { get; init; }

    /// <summary>Gets when to look at the run again (scheduled and waiting runs); null clears it.</summary>
    public DateTimeOffset? WakeAt { get; init; }

    /// <summary>Gets business keys learnt during the run.</summary>
    public IReadOnlyDictionary<string, string> BusinessKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets events to publish.</summary>
    public IReadOnlyList<HubEvent> PublishEvents { get; init; } = [];

    /// <summary>Gets bookmarks to add.</summary>
    public IReadOnlyList<Bookmark> AddBookmarks { get; init; } = [];

    /// <summary>Gets the step paths whose bookmarks are removed.</summary>
    public IReadOnlyList<string> RemoveBookmarks { get; init; } = [];

    /// <summary>Gets event ids this run consumes (each once per run).</summary>
    public IReadOnlyList<string> ConsumeEvents { get; init; } = [];

    /// <summary>Gets child runs to create (subflows), idempotent by their keys.</summary>
    public IReadOnlyList<NewRun> StartRuns { get; init; } = [];

    /// <summary>Gets input overrides to drop (an edited retry input is used once).</summary>
    public IReadOnlyList<string> ClearInputOverrides { get; init; } = [];

    /// <summary>Gets whether the lease is released with this commit (end of a pass).</summary>
    public bool ReleaseLease { get; init; }

    /// <summary>
    /// Gets whether the writer knows the run has no bookmarks (it never suspended: first generation, no earlier
    /// journal, none added in this pass), so that finishing it need not look for bookmarks to remove.
    /// </summary>
    public bool HasNoBookmarks { get; init; }
}
