using IntegrationHub.Runtime.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>Applies the journal retention setting on worker nodes at <see cref="RuntimeOptions.RetentionInterval"/>.</summary>
internal sealed partial class RetentionService(JournalRetention retention, TimeProvider clock, IOptions<RuntimeOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SucceededPayloadRetention is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.RetentionInterval, clock);
        do
        {
            try
            {
                await retention.PruneAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPruneFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 5502, Level = LogLevel.Warning, Message = "Journal retention failed; retrying at the next interval")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);
}
