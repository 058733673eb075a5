using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Tests.Infrastructure;

/// <summary>
/// Wraps the real store and "kills the process" at a chosen checkpoint: the N-th commit either never
/// happens (crash before) or happens and the pass dies right after (crash after). Nothing else changes.
/// </summary>
public sealed class CrashingRunStore(IRunStore inner) : IRunStore
{
    private int _commits;

    /// <summary>Gets or sets the 1-based commit at which to crash; 0 = never.</summary>
    public int CrashAtCommit { get; set; }

    /// <summary>Gets or sets whether the crash happens after the commit is durable (true) or before (false).</summary>
    public bool CrashAfterCommit { get; set; }

    public int Commits => Volatile.Read(ref _commits);

    public async Task CommitAsync(RunCommit commit, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _commits);
        if (n == CrashAtCommit && !CrashAfterCommit)
        {
            throw new SimulatedCrashException($"crash before commit {n}");
        }

        await inner.CommitAsync(commit, cancellationToken);
        if (n == CrashAtCommit && CrashAfterCommit)
        {
            throw new SimulatedCrashException($"crash after commit {n}");
        }
    }

    public Task<(RunRecord Run, bool Created)> CreateRunAsync(NewRun run, CancellationToken cancellationToken) => inner.CreateRunAsync(run, cancellationToken);

    public Task<RunRecord?> GetRunAsync(Guid runId, CancellationToken cancellationToken) => inner.GetRunAsync(runId, cancellationToken);

    public Task<RunAnswer?> GetAnswerAsync(Guid runId, CancellationToken cancellationToken) => inner.GetAnswerAsync(runId, cancellationToken);

    public Task<IReadOnlyList<StepRecord>> GetHistoryAsync(Guid runId, CancellationToken cancellationToken) => inner.GetHistoryAsync(runId, cancellationToken);

    public Task<RunRecord?> TryAcquireLeaseAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken) => inner.TryAcquireLeaseAsync(runId, owner, until, cancellationToken);

    public Task<LeaseState> RenewLeaseAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken) => inner.RenewLeaseAsync(runId, owner, until, cancellationToken);

    public Task<IReadOnlyList<Guid>> FindRecoverableRunsAsync(DateTimeOffset now, TimeSpan grace, int limit, CancellationToken cancellationToken) => inner.FindRecoverableRunsAsync(now, grace, limit, cancellationToken);

    public Task<int> PrunePayloadsAsync(DateTimeOffset completedBefore, int limit, CancellationToken cancellationToken) => inner.PrunePayloadsAsync(completedBefore, limit, cancellationToken);

    public Task<bool> AppendEventAsync(HubEvent hubEvent, DateTimeOffset keepUntil, CancellationToken cancellationToken) => inner.AppendEventAsync(hubEvent, keepUntil, cancellationToken);

    public Task<HubEvent?> GetEventAsync(string eventId, CancellationToken cancellationToken) => inner.GetEventAsync(eventId, cancellationToken);

    public Task<HubEvent?> FindEventForWaitAsync(string eventType, string correlationKey, Guid runId, CancellationToken cancellationToken) => inner.FindEventForWaitAsync(eventType, correlationKey, runId, cancellationToken);

    public Task<IReadOnlyList<Guid>> FindWaitingRunsAsync(string eventType, string correlationKey, CancellationToken cancellationToken) => inner.FindWaitingRunsAsync(eventType, correlationKey, cancellationToken);

    public Task<IReadOnlyList<string>> FindUndispatchedEventsAsync(DateTimeOffset olderThan, int limit, CancellationToken cancellationToken) => inner.FindUndispatchedEventsAsync(olderThan, limit, cancellationToken);

    public Task MarkEventDispatchedAsync(string eventId, CancellationToken cancellationToken) => inner.MarkEventDispatchedAsync(eventId, cancellationToken);

    public Task<RunRecord> ChangeIdleRunAsync(Guid runId, Func<RunRecord, IdleRunChange> change, CancellationToken cancellationToken) => inner.ChangeIdleRunAsync(runId, change, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> QueryAsync(RunQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

    public Task<int> CountAsync(RunQuery query, CancellationToken cancellationToken) => inner.CountAsync(query, cancellationToken);
}
