using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Tests.Fakes;

/// <summary>Answers the snapshot the test sets and records what was asked.</summary>
internal sealed class FakeDashboardService : IDashboardService
{
    public List<DashboardRequest> Requests { get; } = [];

    public Func<DashboardRequest, DashboardSnapshot> Snapshot { get; set; } = r =>
        new DashboardSnapshot(r.From, r.To, [.. Enumerable.Range(0, r.Buckets).Select(i => r.From + ((r.To - r.From) / r.Buckets * i))], [], [], [], 0, new Dictionary<string, int>(), 0, 0, r.To);

    public Task<DashboardSnapshot> GetAsync(DashboardRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return Task.FromResult(Snapshot(request));
    }
}
