using IntegrationHub.Runtime.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Operations;

/// <summary>
/// The safety net that makes "a committed runnable run is always picked up again" true: re-enqueues runs
/// that nobody works on (a worker died, a job was lost with in-memory storage, a timer is due) and routes
/// events whose routing was interrupted. Enqueueing twice is harmless: the lease admits one worker.
/// </summary>
public sealed partial class RunRecovery(IRunStore store, IRunDispatcher dispatcher, TimeProvider clock, IOptions<RuntimeOptions> options, ILogger<RunRecovery> logger)
{
    /// <summary>Runs one sweep; returns how many runs and events it handed back.</summary>
    public async Task<(int Runs, int Events)> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var runs = await store.FindRecoverableRunsAsync(now, options.Value.RecoveryGrace, 500, cancellationToken);
        foreach (var runId in runs)
        {
            dispatcher.Enqueue(runId);
        }

        var events = await store.FindUndispatchedEventsAsync(now - options.Value.RecoveryGrace, 500, cancellationToken);
        foreach (var eventId in events)
        {
            dispatcher.DispatchEvent(eventId);
        }

        if (runs.Count + events.Count > 0)
        {
            LogRecovered(logger, runs.Count, events.Count);
        }

        return (runs.Count, events.Count);
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Recovery handed back {Runs} run(s) and {Events} event(s)")]
    private static partial void LogRecovered(ILogger logger, int runs, int events);
}
