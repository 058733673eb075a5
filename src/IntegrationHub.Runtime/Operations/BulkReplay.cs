using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Operations;

/// <summary>
/// Replays many runs selected by a filter (flow, version, status, error category, time range) as a
/// background operation whose progress can be polled. Each run goes through the same operator action
/// (and its state rules) as a single replay; runs whose state changed meanwhile are counted, not forced.
/// </summary>
public sealed partial class BulkReplay(IRunStore runs, IBulkOperationStore operations, IRunDispatcher dispatcher, RunOperator runOperator, TimeProvider clock, ILogger<BulkReplay> logger)
{
    /// <summary>The actions a bulk replay can take.</summary>
    public static IReadOnlyList<string> Actions { get; } = ["retry", "restart"];

    private const int BatchSize = 50;

    /// <summary>Starts an operation and returns it (status running, total counted now).</summary>
    public async Task<BulkOperation> StartAsync(RunQuery filter, string action, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!Actions.Contains(action))
        {
            throw new RunOperationException($"bulk action '{action}' is unknown; use {string.Join(" or ", Actions)}");
        }

        // Bulk replay works on dead letters unless the operator says otherwise.
        var effective = filter.Statuses.Count == 0 ? filter with { Statuses = [RunStatus.Failed] } : filter;
        var operation = new BulkOperation
        {
            Id = Guid.CreateVersion7(),
            Action = action,
            Filter = effective with { Limit = BatchSize, CreatedBefore = effective.CreatedBefore ?? clock.GetUtcNow() },
            Status = "running",
            Total = await runs.CountAsync(effective with { CreatedBefore = effective.CreatedBefore ?? clock.GetUtcNow() }, cancellationToken),
            CreatedBy = actor,
            CreatedAt = clock.GetUtcNow(),
        };
        await operations.CreateAsync(operation, cancellationToken);
        dispatcher.RunBulkOperation(operation.Id);
        return operation;
    }

    /// <summary>Works an operation to its end (called by the background job; safe to call again after a crash).</summary>
    public async Task RunAsync(Guid operationId, CancellationToken cancellationToken = default)
    {
        var operation = await operations.GetAsync(operationId, cancellationToken);
        if (operation is null || operation.Status != "running")
        {
            return;
        }

        // The filter's CreatedBefore moves down page by page: replayed runs change status and drop out of
        // the filter, and the cursor makes sure each matching run is offered once even if they did not.
        var cursor = operation.Filter.CreatedBefore;
        while (true)
        {
            var page = await runs.QueryAsync(operation.Filter with { CreatedBefore = cursor }, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var run in page)
            {
                try
                {
                    _ = operation.Action == "restart"
                        ? await runOperator.RestartAsync(run.Id, cancellationToken)
                        : await runOperator.RetryAsync(run.Id, null, cancellationToken);
                    operation = operation with { Succeeded = operation.Succeeded + 1 };
                }
                catch (Exception e) when (e is RunOperationException or InvalidOperationException)
                {
                    operation = operation with { Failed = operation.Failed + 1, LastError = $"run {run.Id}: {e.Message}" };
                }
            }

            cursor = page.Min(r => r.CreatedAt);
            operation = operation with { Filter = operation.Filter with { CreatedBefore = cursor } };
            await operations.UpdateAsync(operation, cancellationToken);
        }

        operation = operation with { Status = "completed", CompletedAt = clock.GetUtcNow(), Total = Math.Max(operation.Total, operation.Succeeded + operation.Failed) };
        await operations.UpdateAsync(operation, cancellationToken);
        LogCompleted(logger, operation.Id, operation.Succeeded, operation.Failed);
    }

    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Bulk replay {OperationId} completed: {Succeeded} replayed, {Failed} skipped")]
    private static partial void LogCompleted(ILogger logger, Guid operationId, int succeeded, int failed);
}
