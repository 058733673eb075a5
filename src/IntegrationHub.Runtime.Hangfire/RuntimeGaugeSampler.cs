using Hangfire;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Telemetry;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>
/// Samples the cluster-wide gauges every 15 seconds (waits pending, dead letters, queue depth) so that a metrics
/// scrape never queries the store: pending waits and dead letters from the run store, queue depth from Hangfire.
/// </summary>
internal sealed partial class RuntimeGaugeSampler : PeriodicWorkerService
{
    private readonly IRunStore _store;
    private readonly JobStorage _jobs;
    private readonly ILogger<RuntimeGaugeSampler> _logger;
    private long _waiting;
    private long _scheduled;
    private long _deadLetters;
    private long _enqueued;
    private long _delayedJobs;

    public RuntimeGaugeSampler(IRunStore store, JobStorage jobs, TimeProvider clock, ILogger<RuntimeGaugeSampler> logger)
        : base(clock)
    {
        _store = store;
        _jobs = jobs;
        _logger = logger;
        RuntimeTelemetry.Meter.CreateObservableGauge("hub.waits.pending", () => Interlocked.Read(ref _waiting), description: "Runs suspended on a wait (event or timer)");
        RuntimeTelemetry.Meter.CreateObservableGauge("hub.runs.scheduled", () => Interlocked.Read(ref _scheduled), description: "Runs waiting for a retry or delay");
        RuntimeTelemetry.Meter.CreateObservableGauge("hub.runs.dead_letters", () => Interlocked.Read(ref _deadLetters), description: "Failed runs awaiting an operator");
        RuntimeTelemetry.Meter.CreateObservableGauge("hub.queue.depth", () => Interlocked.Read(ref _enqueued), description: "Run jobs enqueued and not yet picked up");
        RuntimeTelemetry.Meter.CreateObservableGauge("hub.queue.delayed", () => Interlocked.Read(ref _delayedJobs), description: "Jobs scheduled for later (retries, delays, timers)");
    }

    /// <summary>Takes one sample (also used by tests).</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _waiting, await _store.CountAsync(new RunQuery { Statuses = [RunStatus.Waiting] }, cancellationToken));
        Interlocked.Exchange(ref _scheduled, await _store.CountAsync(new RunQuery { Statuses = [RunStatus.Scheduled] }, cancellationToken));
        Interlocked.Exchange(ref _deadLetters, await _store.CountAsync(new RunQuery { Statuses = [RunStatus.Failed] }, cancellationToken));
        var monitoring = _jobs.GetMonitoringApi();
        Interlocked.Exchange(ref _enqueued, monitoring.EnqueuedCount(RunJobs.Queue));
        Interlocked.Exchange(ref _delayedJobs, monitoring.ScheduledCount());
    }

    protected override TimeSpan Interval => TimeSpan.FromSeconds(15);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SampleAsync(cancellationToken);

    protected override void OnFailed(Exception exception) => LogSampleFailed(_logger, exception);

    [LoggerMessage(EventId = 5601, Level = LogLevel.Warning, Message = "Sampling the runtime gauges failed; retrying at the next interval")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
