using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;

namespace IntegrationHub.Server.Runtime;

/// <summary>
/// Which published flow serves which <c>/hooks/{path}</c>. Rebuilt from the store at most every two
/// seconds (and at once after a publish on this node), so the hot path does not query flow versions: a hook
/// run is pinned to the version whose trigger matched.
/// </summary>
internal sealed class HttpTriggerIndex(IFlowDefinitionSource flows, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _snapshot;

    public void Invalidate() => _snapshot = null;

    public void Dispose() => _refresh.Dispose();

    public async Task<(FlowDefinition Flow, int Version, HttpTrigger Trigger)?> FindAsync(string method, string path, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is null || clock.GetUtcNow() - snapshot.BuiltAt > Freshness)
        {
            await _refresh.WaitAsync(cancellationToken);
            try
            {
                snapshot = _snapshot;
                if (snapshot is null || clock.GetUtcNow() - snapshot.BuiltAt > Freshness)
                {
                    var routes = new Dictionary<string, (FlowDefinition, int, HttpTrigger)>(StringComparer.Ordinal);
                    foreach (var (flow, version) in await flows.ListPublishedAsync(cancellationToken))
                    {
                        foreach (var trigger in flow.Triggers.OfType<HttpTrigger>())
                        {
                            routes.TryAdd($"{trigger.Method} {trigger.Path}", (flow, version, trigger));
                        }
                    }

                    snapshot = _snapshot = new Snapshot(routes, clock.GetUtcNow());
                }
            }
            finally
            {
                _refresh.Release();
            }
        }

        return snapshot.Routes.TryGetValue($"{method} {path}", out var route) ? route : null;
    }

    private sealed record Snapshot(Dictionary<string, (FlowDefinition Flow, int Version, HttpTrigger Trigger)> Routes, DateTimeOffset BuiltAt);
}
