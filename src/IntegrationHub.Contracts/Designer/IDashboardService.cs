namespace IntegrationHub.Contracts.Designer;

/// <summary>The operations dashboard: run volumes, failure rates, step latency, dead letters and waits, aggregated by the store.</summary>
public interface IDashboardService
{
    /// <summary>Computes the dashboard for a time window (needs the view policy).</summary>
    /// <param name="request">The window, its number of buckets and an optional flow.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<DashboardSnapshot> GetAsync(DashboardRequest request, CancellationToken cancellationToken = default);
}
