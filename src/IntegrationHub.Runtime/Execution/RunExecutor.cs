using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Mapping.Expressions;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Execution;

/// <summary>
/// Executes runs durably: takes the run's lease (one worker at a time, on any node), renews it while the
/// pass runs, walks the flow with <see cref="RunPass"/>, and hands suspended runs back to the dispatcher.
/// Safe to call for any run id at any time: a run that is not runnable, or leased elsewhere, is left alone.
/// </summary>
public sealed partial class RunExecutor(
    IRunStore store,
    IRunDispatcher dispatcher,
    IFlowDefinitionSource flows,
    IExpressionEvaluator expressions,
    IConnectorGateway connectors,
    IMappingGateway mappings,
    IRunNotifier notifier,
    TimeProvider clock,
    IOptions<RuntimeOptions> options,
    ILogger<RunExecutor> logger)
{
    private readonly ConcurrentDictionary<Guid, bool> _cancelRequested = new();

    internal IRunStore Store => store;

    internal IRunDispatcher Dispatcher => dispatcher;

    internal IFlowDefinitionSource Flows => flows;

    internal IExpressionEvaluator Expressions => expressions;

    internal IMappingGateway Mappings => mappings;

    internal IRunNotifier Notifier => notifier;

    internal TimeProvider Clock => clock;

    internal RuntimeOptions Options => options.Value;

    /// <summary>Runs one pass of a run; returns its status afterwards, or null when the run could not be taken.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Stops the pass (shutdown); the lease then expires and another node continues.</param>
    public async Task<RunStatus?> ExecuteAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        var lease = NewLease();
        var run = await store.TryAcquireLeaseAsync(runId, lease.Owner, lease.Until, cancellationToken);
        if (run is null)
        {
            return null;
        }

        return await ExecuteLeasedAsync(run, lease.Owner, cancellationToken);
    }

    /// <summary>A fresh lease (owner unique to one pass on this node, expiring after the configured lease duration).</summary>
    public RunLease NewLease() => new($"{Options.NodeId}/{Guid.NewGuid():N}", clock.GetUtcNow() + Options.LeaseDuration);

    /// <summary>
    /// Runs one pass of a run this caller already holds the lease of (a run created leased by its trigger,
    /// see <see cref="NewRun.Lease"/>); returns its status afterwards, or null when the pass lost the lease.
    /// </summary>
    /// <param name="run">The run as stored (with its journal).</param>
    /// <param name="owner">The lease owner it was created or leased with.</param>
    /// <param name="cancellationToken">Stops the pass (shutdown); the lease then expires and another node continues.</param>
    public async Task<RunStatus?> ExecuteLeasedAsync(RunRecord run, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrEmpty(owner);

        using var activity = RuntimeTelemetry.ActivitySource.StartActivity("run " + run.FlowId, ActivityKind.Internal);
        activity?.SetTag("hub.run.id", run.Id);
        activity?.SetTag("hub.flow.id", run.FlowId);
        activity?.SetTag("hub.flow.version", run.FlowVersion);
        activity?.SetTag("hub.correlation_id", run.CorrelationId);
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["RunId"] = run.Id, ["FlowId"] = run.FlowId, ["CorrelationId"] = run.CorrelationId });
        if (run.CancelRequested)
        {
            _cancelRequested[run.Id] = true;
        }

        using var leaseLost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopRenewal = new CancellationTokenSource();
        var renewal = KeepLeaseAsync(run.Id, owner, leaseLost, stopRenewal.Token);
        try
        {
            var flow = await flows.GetAsync(run.FlowId, run.FlowVersion, leaseLost.Token);
            using var pass = new RunPass(this, run, flow, owner, leaseLost.Token);
            var status = await pass.RunAsync();
            LogPassEnded(logger, run.Id, run.FlowId, status);
            if (status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled)
            {
                RuntimeTelemetry.RunsFinished.Add(1, new KeyValuePair<string, object?>("flow", run.FlowId), new KeyValuePair<string, object?>("status", status.ToString().ToLowerInvariant()));
                if (status == RunStatus.Failed)
                {
                    RuntimeTelemetry.DeadLettered.Add(1, new KeyValuePair<string, object?>("flow", run.FlowId));
                }

                notifier.Notify(pass.Answer ?? new RunAnswer(run.Id, status, null, null, null));
                if (run.ParentRunId is { } parent)
                {
                    dispatcher.Enqueue(parent);
                }
            }
            else
            {
                RuntimeTelemetry.WaitsStarted.Add(1, new KeyValuePair<string, object?>("flow", run.FlowId));
            }

            return status;
        }
        catch (LeaseLostException)
        {
            LogLeaseLost(logger, run.Id);
            return null;
        }
        catch (OperationCanceledException) when (leaseLost.IsCancellationRequested)
        {
            // Shutdown or lost lease: nothing half-written; the lease expires and the run is resumed at the step in flight.
            LogPassInterrupted(logger, run.Id);
            return null;
        }
        finally
        {
            _cancelRequested.TryRemove(run.Id, out _);
            await stopRenewal.CancelAsync();
            await renewal;
        }
    }

    /// <summary>Marks a run executing on this node for cancellation at its next step.</summary>
    public void RequestCancel(Guid runId) => _cancelRequested.TryUpdate(runId, true, false);

    internal bool IsCancelRequested(Guid runId) => _cancelRequested.TryGetValue(runId, out var requested) && requested;

    internal async Task<JsonNode?> InvokeWithTimeoutAsync(ConnectorInvocation invocation, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var activity = RuntimeTelemetry.ActivitySource.StartActivity($"call {invocation.Connector}.{invocation.Operation}", ActivityKind.Client);
        activity?.SetTag("hub.step.path", invocation.StepPath);
        activity?.SetTag("hub.connector", invocation.Connector);
        activity?.SetTag("hub.attempt", invocation.Attempt);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
        {
            attempt.CancelAfter(limit);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            return await connectors.InvokeAsync(invocation, attempt.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && attempt.IsCancellationRequested)
        {
            throw new StepFailedException(ErrorCategory.Transient, $"{invocation.Connector}.{invocation.Operation} did not answer within {timeout}", "timeout");
        }
        catch (Exception e) when (e is not StepFailedException and not OperationCanceledException)
        {
            // A connector that throws something uncategorised is our (or its author's) bug: do not retry blindly.
            throw new StepFailedException(ErrorCategory.Platform, $"{invocation.Connector}.{invocation.Operation} failed unexpectedly: {e.GetType().Name}: {e.Message}", "connector-bug", null, e);
        }
        finally
        {
            RuntimeTelemetry.StepDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("connector", invocation.Connector), new KeyValuePair<string, object?>("operation", invocation.Operation));
        }
    }

    internal static void CountRetryDecision(CallStep step, ErrorCategory category) =>
        RuntimeTelemetry.Retries.Add(1, new KeyValuePair<string, object?>("step", step.Id), new KeyValuePair<string, object?>("category", category.ToWireName()));

    internal static void CountCommit() => RuntimeTelemetry.Commits.Add(1);

    internal async Task AfterSuspendAsync(Guid runId, DateTimeOffset wakeAt, IReadOnlyList<Bookmark> bookmarks, CancellationToken cancellationToken)
    {
        dispatcher.Schedule(runId, wakeAt);

        // An event may have arrived between looking for it and committing the bookmark: look once more.
        foreach (var bookmark in bookmarks)
        {
            if (await store.FindEventForWaitAsync(bookmark.EventType, bookmark.CorrelationKey, runId, cancellationToken) is not null)
            {
                dispatcher.Enqueue(runId);
                return;
            }
        }
    }

    private async Task KeepLeaseAsync(Guid runId, string owner, CancellationTokenSource leaseLost, CancellationToken stop)
    {
        var period = Options.LeaseDuration / 3;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(period, clock, stop);
                var state = await store.RenewLeaseAsync(runId, owner, clock.GetUtcNow() + Options.LeaseDuration, stop);
                if (!state.Held)
                {
                    await leaseLost.CancelAsync();
                    return;
                }

                if (state.CancelRequested)
                {
                    _cancelRequested[runId] = true;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The pass ended.
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Run {RunId} of {FlowId}: pass ended {Status}")]
    private static partial void LogPassEnded(ILogger logger, Guid runId, string flowId, RunStatus status);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Run {RunId}: lease lost during the pass; another worker continues")]
    private static partial void LogLeaseLost(ILogger logger, Guid runId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Run {RunId}: pass interrupted (shutdown); it resumes at the step in flight")]
    private static partial void LogPassInterrupted(ILogger logger, Guid runId);
}
