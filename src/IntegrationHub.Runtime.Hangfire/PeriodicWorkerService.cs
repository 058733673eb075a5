using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>
/// Runs a piece of upkeep at once and then at a fixed interval on worker nodes. A failed round is reported and
/// the next tick tries again (the store may be briefly unavailable); shutdown ends the loop.
/// </summary>
internal abstract class PeriodicWorkerService(TimeProvider clock) : BackgroundService
{
    /// <summary>Gets the time between rounds.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Gets whether the work is switched on (checked once at start).</summary>
    protected virtual bool Enabled => true;

    /// <summary>One round of the work.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Reports a failed round.</summary>
    protected abstract void OnFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                OnFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
