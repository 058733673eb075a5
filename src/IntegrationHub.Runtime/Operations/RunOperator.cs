using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Execution;
using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Operations;

/// <summary>
/// What an operator may do with a run that failed (a dead letter) or should stop: retry from the failed
/// step (optionally with edited input), restart from the beginning, skip the failed step with a supplied
/// output, cancel. Callers audit the action; this class enforces the state rules.
/// </summary>
public sealed class RunOperator(IRunStore store, IRunDispatcher dispatcher, RunExecutor executor, TimeProvider clock)
{
    /// <summary>Retries a failed run from its failed step; <paramref name="editedInput"/> replaces that step's input once.</summary>
    public async Task<RunRecord> RetryAsync(Guid runId, JsonNode? editedInput, CancellationToken cancellationToken = default)
    {
        var run = await store.ChangeIdleRunAsync(
            runId,
            current =>
            {
                RequireStatus(current, "retried", RunStatus.Failed);
                var path = FailedStep(current);
                return new IdleRunChange
                {
                    Status = RunStatus.Pending,
                    ClearError = true,
                    ResetAttemptsFor = path,
                    InputOverride = editedInput is null ? null : new KeyValuePair<string, JsonNode?>(path, editedInput.DeepClone()),
                };
            },
            cancellationToken);
        dispatcher.Enqueue(runId);
        return run;
    }

    /// <summary>Starts a failed or cancelled run again from its first step (a new generation; the old journal stays as history).</summary>
    public async Task<RunRecord> RestartAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        var run = await store.ChangeIdleRunAsync(
            runId,
            current =>
            {
                RequireStatus(current, "restarted", RunStatus.Failed, RunStatus.Cancelled);
                return new IdleRunChange { Status = RunStatus.Pending, NewGeneration = true, ClearError = true, ClearBookmarks = true };
            },
            cancellationToken);
        dispatcher.Enqueue(runId);
        return run;
    }

    /// <summary>Marks the failed step done with a supplied output and continues after it.</summary>
    public async Task<RunRecord> SkipAsync(Guid runId, JsonNode? output, CancellationToken cancellationToken = default)
    {
        var run = await store.ChangeIdleRunAsync(
            runId,
            current =>
            {
                RequireStatus(current, "skipped", RunStatus.Failed);
                var path = FailedStep(current);
                var failed = current.Steps.Where(s => s.StepPath == path).MaxBy(s => s.Attempt);
                return new IdleRunChange
                {
                    Status = RunStatus.Pending,
                    ClearError = true,
                    AddSteps =
                    [
                        new StepRecord
                        {
                            RunId = current.Id,
                            Generation = current.Generation,
                            StepPath = path,
                            StepId = failed?.StepId ?? path.Split('/')[^1],
                            Kind = failed?.Kind ?? "unknown",
                            Attempt = (failed?.Attempt ?? 0) + 1,
                            Status = StepStatus.Skipped,
                            Input = new JsonObject { ["skippedByOperator"] = true },
                            Output = output?.DeepClone(),
                            StartedAt = clock.GetUtcNow(),
                            CompletedAt = clock.GetUtcNow(),
                        },
                    ],
                };
            },
            cancellationToken);
        dispatcher.Enqueue(runId);
        return run;
    }

    /// <summary>Cancels a run that has not finished (or a dead letter nobody will fix).</summary>
    public async Task<RunRecord> CancelAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        var run = await store.ChangeIdleRunAsync(
            runId,
            current =>
            {
                RequireStatus(current, "cancelled", RunStatus.Pending, RunStatus.Scheduled, RunStatus.Waiting, RunStatus.Failed, RunStatus.Running);

                // A run executing right now is told to stop at its next step; the store leaves its lease alone.
                return current.Status == RunStatus.Running
                    ? new IdleRunChange { Status = RunStatus.Running, RequestCancel = true }
                    : new IdleRunChange { Status = RunStatus.Cancelled, ClearBookmarks = true };
            },
            cancellationToken);
        executor.RequestCancel(runId);
        return run;
    }

    private static void RequireStatus(RunRecord run, string action, params RunStatus[] allowed)
    {
        if (!allowed.Contains(run.Status))
        {
            throw new RunOperationException($"run {run.Id} is {run.Status.ToString().ToLowerInvariant()}; it can be {action} only when {string.Join(" or ", allowed.Select(s => s.ToString().ToLowerInvariant()))}");
        }
    }

    private static string FailedStep(RunRecord run) =>
        run.Error?.StepPath is { Length: > 0 } path && path != "(flow)"
            ? path
            : throw new RunOperationException($"run {run.Id} failed outside any step ({run.Error?.Message}); restart it instead");
}
