using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Operations;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Runs;

/// <summary>Operator changes and queries.</summary>
public sealed partial class RunStore
{
    /// <inheritdoc />
    public async Task<RunRecord> ChangeIdleRunAsync(Guid runId, Func<RunRecord, IdleRunChange> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = await db.Runs.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken)
            ?? throw new StoreException(StoreErrorKind.NotFound, $"run {runId} does not exist");
        var now = clock.GetUtcNow();
        var leased = run.LeaseOwner is not null && run.LeaseExpiresAt >= now;
        var decided = change(await LoadAsync(db, run, cancellationToken));
        if (decided.RequestCancel)
        {
            run.CancelRequested = true;
        }
        else
        {
            if (leased)
            {
                throw new RunOperationException($"run {runId} is being executed by {run.LeaseOwner}; try again when its current step ends");
            }

            run.Status = decided.Status;
            run.WakeAt = null;
            if (decided.NewGeneration)
            {
                run.Generation++;
                run.InputOverrides = null;
                run.AttemptFloors = null;
                run.Response = null;
                run.Output = null;
                run.CompletedAt = null;
            }

            if (decided.ClearError)
            {
                run.ErrorCategory = run.ErrorMessage = run.ErrorCode = run.ErrorStepPath = null;
                run.CompletedAt = null;
            }

            if (decided.Status == RunStatus.Cancelled)
            {
                run.CompletedAt = now;
                run.ErrorMessage = "cancelled by an operator";
            }

            if (decided.ResetAttemptsFor is { } resetPath)
            {
                var last = await db.RunSteps.Where(s => s.RunId == runId && s.Generation == run.Generation && s.StepPath == resetPath).MaxAsync(s => (int?)s.Attempt, cancellationToken) ?? 0;
                var floors = RunMapper.Parse(run.AttemptFloors) as JsonObject ?? [];
                floors[resetPath] = (long)(last + 1);
                run.AttemptFloors = floors.ToJsonString();
            }

            if (decided.InputOverride is { } overrideInput)
            {
                var overrides = RunMapper.Parse(run.InputOverrides) as JsonObject ?? [];
                overrides[overrideInput.Key] = overrideInput.Value?.DeepClone();
                run.InputOverrides = overrides.ToJsonString();
            }

            foreach (var step in decided.AddSteps)
            {
                db.RunSteps.Add(RunMapper.NewStep(step));
            }

            if (decided.ClearBookmarks)
            {
                db.Bookmarks.RemoveRange(await db.Bookmarks.Where(b => b.RunId == runId).ToListAsync(cancellationToken));
            }
        }

        run.UpdatedAt = now;
        run.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RunOperationException($"run {runId} changed while the action was applied; look at it again");
        }

        await transaction.CommitAsync(cancellationToken);
        return await LoadAsync(db, run, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RunRecord>> QueryAsync(RunQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = factory.CreateDbContext();
        var runs = await Filter(db, query)
            .OrderByDescending(r => r.CreatedAt)
            .Take(Math.Clamp(query.Limit, 1, 1000))
            .ToListAsync(cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        var keys = (await db.RunKeys.AsNoTracking().Where(k => ids.Contains(k.RunId)).ToListAsync(cancellationToken)).ToLookup(k => k.RunId);
        return runs.Select(r => RunMapper.ToRecord(r, [], keys[r.Id])).ToList();
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(RunQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = factory.CreateDbContext();
        return await Filter(db, query).CountAsync(cancellationToken);
    }

    private static IQueryable<RunEntity> Filter(HubDbContext db, RunQuery query)
    {
        var runs = db.Runs.AsNoTracking();
        if (query.FlowId is { } flowId)
        {
            runs = runs.Where(r => r.FlowId == flowId);
        }

        if (query.FlowVersion is { } version)
        {
            runs = runs.Where(r => r.FlowVersion == version);
        }

        if (query.Statuses.Count > 0)
        {
            var statuses = query.Statuses.ToList();
            runs = runs.Where(r => statuses.Contains(r.Status));
        }

        if (query.ErrorCategory is { } category)
        {
            var wire = category.ToWireName();
            runs = runs.Where(r => r.ErrorCategory == wire);
        }

        if (query.From is { } from)
        {
            runs = runs.Where(r => r.CreatedAt >= from);
        }

        if (query.To is { } to)
        {
            runs = runs.Where(r => r.CreatedAt < to);
        }

        if (query.CreatedBefore is { } before)
        {
            runs = runs.Where(r => r.CreatedAt < before);
        }

        if (query.CorrelationId is { } correlationId)
        {
            runs = runs.Where(r => r.CorrelationId == correlationId);
        }

        if (query.BusinessKey is { } value)
        {
            runs = query.BusinessKeyName is { } name
                ? runs.Where(r => db.RunKeys.Any(k => k.RunId == r.Id && k.Name == name && k.Value == value))
                : runs.Where(r => db.RunKeys.Any(k => k.RunId == r.Id && k.Value == value));
        }

        return runs;
    }
}
