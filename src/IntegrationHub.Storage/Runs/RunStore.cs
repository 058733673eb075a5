using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Runs;

/// <summary>
/// The runtime's store on EF Core. Every checkpoint is one transaction guarded by the lease owner and
/// the run's version, so a worker that lost its lease can never write over the one that took it.
/// On PostgreSQL, run inserts and plain journal commits are single statements sent with those of concurrent runs
/// (<see cref="PostgresWriteBatcher"/>).
/// </summary>
public sealed partial class RunStore(IHubDbContextFactory factory, TimeProvider clock, StorageOptions? options = null) : IRunStore
{
    private readonly Lazy<PostgresWriteBatcher> _batcher = new(() =>
    {
        var settings = options ?? new StorageOptions();
        return new PostgresWriteBatcher(factory, settings.JournalWriters, settings.JournalBatchSize);
    });

    private readonly Lazy<bool> _postgres = new(() =>
    {
        using var db = factory.CreateDbContext();
        return db.Database.IsNpgsql();
    });

    /// <inheritdoc />
    public async Task<(RunRecord Run, bool Created)> CreateRunAsync(NewRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var entity = RunMapper.NewRun(run, clock.GetUtcNow());
        var keys = run.BusinessKeys.Select(k => new RunKeyEntity { RunId = run.Id, Name = k.Key, Value = RunMapper.Truncate(k.Value, 300)! }).ToList();
        if (_postgres.Value)
        {
            // One statement: the unique index decides between a new run and the original of a duplicate trigger.
            return await _batcher.Value.ExecuteAsync(PostgresRunWrites.InsertRun(entity, keys), cancellationToken) == 1
                ? (RunMapper.ToRecord(entity, [], keys), true)
                : (await FindByKeyAsync(run.FlowId, run.IdempotencyKey!, cancellationToken)
                    ?? throw new InvalidOperationException($"run creation for {run.FlowId} found a duplicate idempotency key '{run.IdempotencyKey}' but no run with it"), false);
        }

        if (run.IdempotencyKey is { } key && await FindByKeyAsync(run.FlowId, key, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        await using var db = factory.CreateDbContext();
        db.Runs.Add(entity);
        db.RunKeys.AddRange(keys);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (RunMapper.ToRecord(entity, [], keys), true);
        }
        catch (DbUpdateException) when (run.IdempotencyKey is { } duplicateKey)
        {
            // A concurrent trigger with the same key won the unique index: answer with its run.
            return (await FindByKeyAsync(run.FlowId, duplicateKey, cancellationToken)
                ?? throw new InvalidOperationException($"run creation for {run.FlowId} failed, and no run with idempotency key '{duplicateKey}' exists"), false);
        }
    }

    /// <inheritdoc />
    public async Task<RunRecord?> GetRunAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null ? null : await LoadAsync(db, run, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RunAnswer?> GetAnswerAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Runs.AsNoTracking()
            .Where(r => r.Id == runId)
            .Select(r => new { r.Status, r.Response, r.Output, r.ErrorCategory, r.ErrorMessage, r.ErrorCode, r.ErrorStepPath })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new RunAnswer(
                runId,
                row.Status,
                RunMapper.Parse(row.Response) as JsonObject,
                RunMapper.Parse(row.Output),
                row.ErrorMessage is null ? null : new RunError(RunMapper.ParseCategory(row.ErrorCategory), row.ErrorMessage, row.ErrorCode, row.ErrorStepPath));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StepRecord>> GetHistoryAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var steps = await db.RunSteps.AsNoTracking().Where(s => s.RunId == runId).ToListAsync(cancellationToken);
        return steps.OrderBy(s => s.Generation).ThenBy(s => s.StartedAt).ThenBy(s => s.Attempt).Select(RunMapper.ToRecord).ToList();
    }

    /// <inheritdoc />
    public async Task<RunRecord?> TryAcquireLeaseAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var now = clock.GetUtcNow();
        var taken = await db.Runs
            .Where(r => r.Id == runId
                && (r.LeaseOwner == null || r.LeaseExpiresAt < now)
                && (r.Status == RunStatus.Pending || r.Status == RunStatus.Running || r.Status == RunStatus.Waiting
                    || (r.Status == RunStatus.Scheduled && (r.WakeAt == null || r.WakeAt <= now))))
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.LeaseOwner, owner)
                    .SetProperty(r => r.LeaseExpiresAt, until)
                    .SetProperty(r => r.Status, RunStatus.Running)
                    .SetProperty(r => r.UpdatedAt, now)
                    .SetProperty(r => r.Version, r => r.Version + 1),
                cancellationToken);
        if (taken == 0)
        {
            return null;
        }

        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken);
        return run.LeaseOwner == owner ? await LoadAsync(db, run, cancellationToken) : null;
    }

    /// <inheritdoc />
    public async Task<LeaseState> RenewLeaseAsync(Guid runId, string owner, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var renewed = await db.Runs.Where(r => r.Id == runId && r.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseExpiresAt, until).SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
        if (renewed == 0)
        {
            return new LeaseState(false, false);
        }

        var cancel = await db.Runs.Where(r => r.Id == runId).Select(r => r.CancelRequested).SingleAsync(cancellationToken);
        return new LeaseState(true, cancel);
    }

    /// <inheritdoc />
    public async Task CommitAsync(RunCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (_postgres.Value && PostgresRunWrites.Handles(commit))
        {
            if (await _batcher.Value.ExecuteAsync(PostgresRunWrites.Commit(commit, clock.GetUtcNow()), cancellationToken) != 1)
            {
                throw new LeaseLostException(commit.RunId);
            }

            return;
        }

        await using var db = factory.CreateDbContext();

        // One transaction; savepoints around SaveChanges buy nothing here (any failure aborts the whole commit).
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();

        RunEntity? run = null;
        if (commit.ClearInputOverrides.Count > 0)
        {
            // Read-modify-write of the overrides: read the row (tracked; its version is the concurrency token).
            run = await db.Runs.SingleOrDefaultAsync(r => r.Id == commit.RunId && r.LeaseOwner == commit.LeaseOwner, cancellationToken)
                ?? throw new LeaseLostException(commit.RunId);
            ApplyRunChanges(run, commit, now);
        }
        else if (await UpdateRunAsync(db, commit, now, cancellationToken) == 0)
        {
            // The update is a compare-and-set on the lease owner: it matched nothing, so someone else holds the run.
            throw new LeaseLostException(commit.RunId);
        }

        await UpsertStepsAsync(db, commit.Steps, cancellationToken);
        foreach (var step in commit.InsertSteps)
        {
            db.RunSteps.Add(RunMapper.NewStep(step));
        }

        foreach (var step in commit.UpdateSteps)
        {
            db.RunSteps.Update(RunMapper.NewStep(step));
        }

        await UpsertKeysAsync(db, commit.RunId, commit.BusinessKeys, cancellationToken);
        await AddEventsAsync(db, commit.PublishEvents, now, cancellationToken);
        await ApplyBookmarksAsync(db, commit, cancellationToken);
        await ConsumeAsync(db, commit.RunId, commit.ConsumeEvents, now, cancellationToken);
        await StartChildrenAsync(db, commit.StartRuns, now, cancellationToken);

        if (db.ChangeTracker.HasChanges())
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (run is not null)
            {
                // Someone took the lease (and bumped the version) between our read and our write.
                throw new LeaseLostException(commit.RunId);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> FindRecoverableRunsAsync(DateTimeOffset now, TimeSpan grace, int limit, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var stale = now - grace;
        var ids = await db.Runs.AsNoTracking()
            .Where(r => (r.LeaseOwner == null || r.LeaseExpiresAt < now)
                && r.UpdatedAt < stale
                && (r.Status == RunStatus.Pending
                    || r.Status == RunStatus.Running
                    || ((r.Status == RunStatus.Scheduled || r.Status == RunStatus.Waiting) && r.WakeAt != null && r.WakeAt < stale)))
            .OrderBy(r => r.UpdatedAt)
            .Select(r => r.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return ids;
        }

        // Claim them: a run handed back now is not handed back again before another grace period has passed,
        // so a long but healthy queue is not flooded with duplicate jobs by every sweep of every node.
        // Only the runs still unclaimed (another node's sweep may have raced us) are returned.
        var claimed = new List<Guid>(ids.Count);
        foreach (var id in ids)
        {
            var rows = await db.Runs
                .Where(r => r.Id == id && r.UpdatedAt < stale && (r.LeaseOwner == null || r.LeaseExpiresAt < now))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.UpdatedAt, now), cancellationToken);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    private async Task<RunRecord?> FindByKeyAsync(string flowId, string key, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.FlowId == flowId && r.IdempotencyKey == key, cancellationToken);
        return run is null ? null : await LoadAsync(db, run, cancellationToken);
    }

    private static async Task<RunRecord> LoadAsync(HubDbContext db, RunEntity run, CancellationToken cancellationToken)
    {
        var steps = await db.RunSteps.AsNoTracking().Where(s => s.RunId == run.Id && s.Generation == run.Generation).ToListAsync(cancellationToken);
        var keys = await db.RunKeys.AsNoTracking().Where(k => k.RunId == run.Id).ToListAsync(cancellationToken);
        return RunMapper.ToRecord(run, steps, keys);
    }

    private static async Task UpsertStepsAsync(HubDbContext db, IReadOnlyList<StepRecord> steps, CancellationToken cancellationToken)
    {
        if (steps.Count == 0)
        {
            return;
        }

        var runId = steps[0].RunId;
        var paths = steps.Select(s => s.StepPath).Distinct().ToList();
        var existing = await db.RunSteps.Where(s => s.RunId == runId && paths.Contains(s.StepPath)).ToListAsync(cancellationToken);
        foreach (var step in steps)
        {
            var row = existing.FirstOrDefault(e => e.Generation == step.Generation && e.StepPath == step.StepPath && e.Attempt == step.Attempt);
            if (row is null)
            {
                row = RunMapper.NewStep(step);
                db.RunSteps.Add(row);
                existing.Add(row);
            }
            else
            {
                RunMapper.Fill(row, step);
            }
        }
    }

    /// <summary>The run's part of a commit as one UPDATE guarded by the lease owner (the same changes as <see cref="ApplyRunChanges"/>).</summary>
    private static Task<int> UpdateRunAsync(HubDbContext db, RunCommit commit, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Runs.Where(r => r.Id == commit.RunId && r.LeaseOwner == commit.LeaseOwner).ExecuteUpdateAsync(
            u =>
            {
                if (commit.Status is { } status)
                {
                    u.SetProperty(r => r.Status, status);
                    u.SetProperty(r => r.WakeAt, commit.WakeAt);
                    if (status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled)
                    {
                        u.SetProperty(r => r.CompletedAt, now);
                        u.SetProperty(r => r.Output, RunMapper.Text(commit.Output));
                    }

                    if (status == RunStatus.Failed && commit.Error is { } error)
                    {
                        u.SetProperty(r => r.ErrorCategory, error.Category.ToWireName());
                        u.SetProperty(r => r.ErrorMessage, RunMapper.Truncate(error.Message, 4000));
                        u.SetProperty(r => r.ErrorCode, error.Code);
                        u.SetProperty(r => r.ErrorStepPath, error.StepPath);
                    }
                    else if (status == RunStatus.Cancelled && commit.Error is { } reason)
                    {
                        u.SetProperty(r => r.ErrorMessage, reason.Message);
                    }
                    else
                    {
                        u.SetProperty(r => r.ErrorCategory, (string?)null);
                        u.SetProperty(r => r.ErrorMessage, (string?)null);
                        u.SetProperty(r => r.ErrorCode, (string?)null);
                        u.SetProperty(r => r.ErrorStepPath, (string?)null);
                    }
                }

                if (commit.Response is not null)
                {
                    u.SetProperty(r => r.Response, commit.Response.ToJsonString());
                }

                if (commit.ReleaseLease)
                {
                    u.SetProperty(r => r.LeaseOwner, (string?)null);
                    u.SetProperty(r => r.LeaseExpiresAt, (DateTimeOffset?)null);
                    u.SetProperty(r => r.CancelRequested, false);
                }

                u.SetProperty(r => r.UpdatedAt, now);
                u.SetProperty(r => r.Version, r => r.Version + 1);
            },
            cancellationToken);

    private static void ApplyRunChanges(RunEntity run, RunCommit commit, DateTimeOffset now)
    {
        if (commit.Status is { } status)
        {
            run.Status = status;
            run.WakeAt = commit.WakeAt;
            if (status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled)
            {
                run.CompletedAt = now;
                run.Output = RunMapper.Text(commit.Output);
            }

            if (status == RunStatus.Failed && commit.Error is { } error)
            {
                run.ErrorCategory = error.Category.ToWireName();
                run.ErrorMessage = RunMapper.Truncate(error.Message, 4000);
                run.ErrorCode = error.Code;
                run.ErrorStepPath = error.StepPath;
            }
            else if (status == RunStatus.Cancelled && commit.Error is { } reason)
            {
                run.ErrorMessage = reason.Message;
            }
            else
            {
                run.ErrorCategory = run.ErrorMessage = run.ErrorCode = run.ErrorStepPath = null;
            }
        }

        if (commit.Response is not null)
        {
            run.Response = commit.Response.ToJsonString();
        }

        if (commit.ClearInputOverrides.Count > 0 && RunMapper.Parse(run.InputOverrides) is JsonObject overrides)
        {
            foreach (var path in commit.ClearInputOverrides)
            {
                overrides.Remove(path);
            }

            run.InputOverrides = overrides.Count == 0 ? null : overrides.ToJsonString();
        }

        if (commit.ReleaseLease)
        {
            run.LeaseOwner = null;
            run.LeaseExpiresAt = null;
            run.CancelRequested = false;
        }

        run.UpdatedAt = now;
        run.Version++;
    }

    private static async Task UpsertKeysAsync(HubDbContext db, Guid runId, IReadOnlyDictionary<string, string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var existing = await db.RunKeys.Where(k => k.RunId == runId).ToListAsync(cancellationToken);
        foreach (var (name, value) in keys)
        {
            var row = existing.FirstOrDefault(k => k.Name == name);
            if (row is null)
            {
                db.RunKeys.Add(new RunKeyEntity { RunId = runId, Name = name, Value = RunMapper.Truncate(value, 300)! });
            }
            else
            {
                row.Value = RunMapper.Truncate(value, 300)!;
            }
        }
    }

    private static async Task AddEventsAsync(HubDbContext db, IReadOnlyList<HubEvent> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            if (!await db.Events.AnyAsync(x => x.Id == e.Id, cancellationToken))
            {
                db.Events.Add(ToEntity(e, now, now + TimeSpan.FromDays(7)));
            }
        }
    }

    private static async Task ApplyBookmarksAsync(HubDbContext db, RunCommit commit, CancellationToken cancellationToken)
    {
        var finished = commit.Status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled;
        var remove = commit.RemoveBookmarks.Concat(commit.AddBookmarks.Select(b => b.StepPath)).Distinct(StringComparer.Ordinal).ToList();
        if (finished && !commit.HasNoBookmarks)
        {
            await db.Bookmarks.Where(b => b.RunId == commit.RunId).ExecuteDeleteAsync(cancellationToken);
        }
        else if (remove.Count > 0)
        {
            await db.Bookmarks.Where(b => b.RunId == commit.RunId && remove.Contains(b.StepPath)).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var b in commit.AddBookmarks)
        {
            db.Bookmarks.Add(new BookmarkEntity { RunId = b.RunId, StepPath = b.StepPath, EventType = b.EventType, CorrelationKey = b.CorrelationKey, Deadline = b.Deadline });
        }
    }

    private static async Task ConsumeAsync(HubDbContext db, Guid runId, IReadOnlyList<string> eventIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var id in eventIds)
        {
            if (!await db.EventConsumptions.AnyAsync(c => c.EventId == id && c.RunId == runId, cancellationToken))
            {
                db.EventConsumptions.Add(new EventConsumptionEntity { EventId = id, RunId = runId, ConsumedAt = now });
            }
        }
    }

    private static async Task StartChildrenAsync(HubDbContext db, IReadOnlyList<NewRun> runs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var child in runs)
        {
            if (child.IdempotencyKey is { } key && await db.Runs.AnyAsync(r => r.FlowId == child.FlowId && r.IdempotencyKey == key, cancellationToken))
            {
                continue;
            }

            db.Runs.Add(RunMapper.NewRun(child, now));
            db.RunKeys.AddRange(child.BusinessKeys.Select(k => new RunKeyEntity { RunId = child.Id, Name = k.Key, Value = RunMapper.Truncate(k.Value, 300)! }));
        }
    }

    private static EventEntity ToEntity(HubEvent e, DateTimeOffset now, DateTimeOffset keepUntil) => new()
    {
        Id = e.Id,
        Type = e.Type,
        CorrelationKey = e.CorrelationKey,
        Payload = RunMapper.Text(e.Payload),
        Source = RunMapper.Truncate(e.Source, 300)!,
        OccurredAt = e.OccurredAt,
        ReceivedAt = now,
        KeepUntil = keepUntil,
    };
}
