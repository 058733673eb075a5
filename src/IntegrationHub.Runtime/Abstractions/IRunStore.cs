using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Abstractions;

/// <summary>
/// The durable source of truth for runs, their journal, events and bookmarks. Implemented by
/// IntegrationHub.Storage on PostgreSQL and SQLite.
/// </summary>
public interface IRunStore
{
    /// <summary>Creates a run, or returns the existing run with the same (flow, idempotency key).</summary>
    Task<(RunRecord Run, bool Created)> CreateRunAsync(NewRun run, CancellationToken cancellationToken);

    /// <summary>Gets a run with the journal of its current generation; null when unknown.</summary>
    Task<RunRecord?> GetRunAsync(Guid runId, CancellationToken cancellationToken);

    /// <summary>Gets what a waiting caller needs of a run (status, answer, output, error) without its journal; null when unknown.</summary>
    Task<RunAnswer?> GetAnswerAsync(Guid runId, CancellationToken cancellationToken);

    /// <summary>Gets a run's journal across all generations (the operator's full history).</summary>
    Task<IReadOnlyList<StepRecord>> GetHistoryAsync(Guid runId, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the run's lease when nobody holds it (or the holder's lease expired) and the run is runnable:
    /// pending, running (a crashed holder), waiting (it re-checks its events and deadline), or scheduled and due.
    /// Marks it running and returns it with its journal; null when it cannot be taken.
    /// </summary>
    Task<RunRecord?> TryAcquireLeaseAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Extends a held lease; says whether it is still held and whether an operator asked to cancel.</summary>
    Task<LeaseState> RenewLeaseAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Applies a checkpoint atomically; throws <see cref="LeaseLostException"/> when the lease is gone.</summary>
    Task CommitAsync(RunCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Lists runs that are runnable now but nobody works on (crash leftovers, lost jobs, due timers) and claims
    /// them, so that a run is handed back at most once per <paramref name="grace"/> period whatever the number of nodes.
    /// </summary>
    Task<IReadOnlyList<Guid>> FindRecoverableRunsAsync(DateTimeOffset now, TimeSpan grace, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the payloads of up to <paramref name="limit"/> succeeded runs completed before <paramref name="completedBefore"/>
    /// with <see cref="PrunedPayload"/> (runs already pruned are skipped); returns how many runs were pruned.
    /// </summary>
    Task<int> PrunePayloadsAsync(DateTimeOffset completedBefore, int limit, CancellationToken cancellationToken);

    /// <summary>Stores an event; false when an event with the same id exists (applied once).</summary>
    Task<bool> AppendEventAsync(HubEvent hubEvent, DateTimeOffset keepUntil, CancellationToken cancellationToken);

    /// <summary>Gets an event by id.</summary>
    Task<HubEvent?> GetEventAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Finds the oldest event of a type and key that this run has not consumed yet.</summary>
    Task<HubEvent?> FindEventForWaitAsync(string eventType, string correlationKey, Guid runId, CancellationToken cancellationToken);

    /// <summary>Lists runs with a bookmark on an event type and key.</summary>
    Task<IReadOnlyList<Guid>> FindWaitingRunsAsync(string eventType, string correlationKey, CancellationToken cancellationToken);

    /// <summary>Lists events not yet routed (outbox recovery).</summary>
    Task<IReadOnlyList<string>> FindUndispatchedEventsAsync(DateTimeOffset olderThan, int limit, CancellationToken cancellationToken);

    /// <summary>Marks an event routed.</summary>
    Task MarkEventDispatchedAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Changes a run that nobody holds (operator actions); throws when it is leased or in a wrong state.</summary>
    Task<RunRecord> ChangeIdleRunAsync(Guid runId, Func<RunRecord, IdleRunChange> change, CancellationToken cancellationToken);

    /// <summary>Finds runs.</summary>
    Task<IReadOnlyList<RunRecord>> QueryAsync(RunQuery query, CancellationToken cancellationToken);

    /// <summary>Counts runs matching a query (for bulk operations and dashboards).</summary>
    Task<int> CountAsync(RunQuery query, CancellationToken cancellationToken);
}
