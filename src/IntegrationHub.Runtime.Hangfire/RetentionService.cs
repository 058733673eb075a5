using IntegrationHub.Runtime.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>Applies the journal retention setting on worker nodes at <see cref="RuntimeOptions.RetentionInterval"/>.</summary>
internal sealed partial class RetentionService(JournalRetention retention, TimeProvider clock, IOptions<RuntimeOptions> options, ILogger<RetentionService> logger)
    : PeriodicWorkerService(clock)
{
    protected override TimeSpan Interval => options.Value.RetentionInterval;

    protected override bool Enabled => options.Value.SucceededPayloadRetention is not null;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => retention.PruneAsync(cancellationToken);

    protected override void OnFailed(Exception exception) => LogPruneFailed(logger, exception);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Warning, Message = "Journal retention failed; retrying at the next interval")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);
}
