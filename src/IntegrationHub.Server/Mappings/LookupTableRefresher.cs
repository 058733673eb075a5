namespace IntegrationHub.Server.Mappings;

/// <summary>
/// Keeps <see cref="StoredLookupTables"/> current on every node: flow expressions call <c>lookup()</c> without going
/// through a map step, so a table saved on another node must arrive without anyone asking.
/// </summary>
internal sealed partial class LookupTableRefresher(StoredLookupTables tables, TimeProvider clock, ILogger<LookupTableRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await tables.EnsureFreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A store hiccup must not stop the refresher: the next tick tries again.
                LogRefreshFailed(logger, e);
            }
        }
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Refreshing the lookup tables from the store failed; retrying")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
