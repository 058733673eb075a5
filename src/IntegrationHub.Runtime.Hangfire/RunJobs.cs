using System.ComponentModel;
using Hangfire;
using IntegrationHub.Runtime.Execution;
using IntegrationHub.Runtime.Operations;
using IntegrationHub.Runtime.Triggers;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>
/// The Hangfire jobs of the runtime. Hangfire's own retries are off: the runtime retries steps by their
/// policies, and recovery re-enqueues anything left behind, so a job only has to try once.
/// </summary>
public sealed class RunJobs(RunExecutor executor, EventRouter router, RunStarter starter, BulkReplay bulkReplay, TimeProvider clock)
{
    /// <summary>The queue of run work.</summary>
    public const string Queue = "runs";

    /// <summary>Runs a pass of a run (Hangfire fills the token with the shutdown token).</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisplayName("run {0}")]
    public async Task ExecuteRunAsync(Guid runId, CancellationToken cancellationToken) =>
        await executor.ExecuteAsync(runId, cancellationToken);

    /// <summary>Routes an event.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisplayName("event {0}")]
    public Task RouteEventAsync(string eventId, CancellationToken cancellationToken) => router.RouteAsync(eventId, cancellationToken);

    /// <summary>Works a bulk replay; picking it up again after a crash continues from its saved cursor.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisplayName("bulk replay {0}")]
    public Task RunBulkOperationAsync(Guid operationId, CancellationToken cancellationToken) => bulkReplay.RunAsync(operationId, cancellationToken);

    /// <summary>Starts a scheduled run; the minute of firing is the idempotency key, so a double fire starts one run.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisplayName("schedule {0} #{1}")]
    public async Task StartScheduledAsync(string flowId, int triggerIndex, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        await starter.StartAsync(
            new StartRequest
            {
                FlowId = flowId,
                TriggerKind = "schedule",
                Input = new System.Text.Json.Nodes.JsonObject { ["firedAt"] = minute.ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
                IdempotencyKey = $"schedule:{triggerIndex}:{minute:yyyyMMddHHmm}",
            },
            cancellationToken);
    }
}
