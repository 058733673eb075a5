using System.ComponentModel;
using Hangfire;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Execution;
using IntegrationHub.Runtime.Operations;
using IntegrationHub.Runtime.Triggers;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>
/// The Hangfire jobs of the runtime. Hangfire's own retries are off: the runtime retries steps by their
/// policies, and recovery re-enqueues anything left behind, so a job only has to try once.
/// </summary>
public sealed partial class RunJobs(RunExecutor executor, EventRouter router, RunStarter starter, BulkReplay bulkReplay, IFlowDefinitionSource flows, IConnectorGateway connectors, TimeProvider clock, ILogger<RunJobs> logger)
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

    /// <summary>
    /// Starts a scheduled run; the minute of firing is the idempotency key, so a double fire starts one run.
    /// A flow whose connections are not all configured yet is skipped with a warning instead of dead-lettering
    /// a run at every tick (a shipped flow waiting for its partner's connection, say).
    /// </summary>
    [AutomaticRetry(Attempts = 3)]
    [DisplayName("schedule {0} #{1}")]
    public async Task StartScheduledAsync(string flowId, int triggerIndex, CancellationToken cancellationToken)
    {
        if (await flows.GetLatestPublishedAsync(flowId, cancellationToken) is { } published)
        {
            var missing = new List<string>();
            foreach (var binding in published.Definition.Connections.Values.DistinctBy(b => b.Connection))
            {
                if (!await connectors.IsConfiguredAsync(binding.Connection, cancellationToken))
                {
                    missing.Add(binding.Connection);
                }
            }

            if (missing.Count > 0)
            {
                LogSkipped(logger, flowId, string.Join(", ", missing));
                return;
            }
        }

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

    [LoggerMessage(EventId = 5701, Level = LogLevel.Warning, Message = "Scheduled flow {FlowId} not started: connection(s) {Connections} not configured yet (create them under Connections)")]
    private static partial void LogSkipped(ILogger logger, string flowId, string connections);
}
