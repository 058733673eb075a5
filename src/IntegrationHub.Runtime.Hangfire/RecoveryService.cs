using IntegrationHub.Runtime.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>Runs the recovery sweep on worker nodes at a fixed interval.</summary>
internal sealed partial class RecoveryService(RunRecovery recovery, TimeProvider clock, IOptions<RuntimeOptions> options, ILogger<RecoveryService> logger)
    : PeriodicWorkerService(clock)
{
    protected override TimeSpan Interval => options.Value.RecoveryInterval;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => recovery.SweepAsync(cancellationToken);

    protected override void OnFailed(Exception exception) => LogSweepFailed(logger, exception);

    [LoggerMessage(EventId = 5301, Level = LogLevel.Warning, Message = "Recovery sweep failed; retrying at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
