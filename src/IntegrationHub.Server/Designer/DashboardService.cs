using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Storage.Runs;

namespace IntegrationHub.Server.Designer;

/// <summary>The dashboard's figures, aggregated by the store (see <see cref="RunStatisticsQuery"/>), for anyone who may view.</summary>
internal sealed class DashboardService(DesignerCaller caller, RunStatisticsQuery statistics, TimeProvider clock) : IDashboardService
{
    private static readonly TimeSpan LongestWindow = TimeSpan.FromDays(92);

    public async Task<DashboardSnapshot> GetAsync(DashboardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await caller.RequireAsync(HubPolicies.View);
        if (request.To <= request.From)
        {
            throw new DesignerException("The end of the time range must be after its start.");
        }

        if (request.To - request.From > LongestWindow)
        {
            throw new DesignerException($"The dashboard covers at most {LongestWindow.TotalDays:0} days at a time.");
        }

        return await statistics.QueryAsync(request with { FlowId = string.IsNullOrWhiteSpace(request.FlowId) ? null : request.FlowId }, clock.GetUtcNow(), cancellationToken);
    }
}
