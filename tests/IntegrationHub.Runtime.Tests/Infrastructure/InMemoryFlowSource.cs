using System.Collections.Concurrent;
using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Runtime.Abstractions;

namespace IntegrationHub.Runtime.Tests.Infrastructure;

/// <summary>Published flows for runtime tests, parsed and validated by the real validator.</summary>
public sealed class InMemoryFlowSource : IFlowDefinitionSource
{
    private readonly ConcurrentDictionary<(string, int), FlowDefinition> _versions = new();

    public int Publish(string json)
    {
        var flow = FlowValidator.Parse(json);
        var version = _versions.Keys.Where(k => k.Item1 == flow.Id).Select(k => k.Item2).DefaultIfEmpty(0).Max() + 1;
        _versions[(flow.Id, version)] = flow;
        return version;
    }

    public Task<FlowDefinition> GetAsync(string flowId, int version, CancellationToken cancellationToken) =>
        Task.FromResult(_versions.TryGetValue((flowId, version), out var flow) ? flow : throw new InvalidOperationException($"no {flowId} v{version}"));

    public Task<(FlowDefinition Definition, int Version)?> GetLatestPublishedAsync(string flowId, CancellationToken cancellationToken)
    {
        var latest = _versions.Where(p => p.Key.Item1 == flowId).OrderByDescending(p => p.Key.Item2).Select(p => ((FlowDefinition, int)?)(p.Value, p.Key.Item2)).FirstOrDefault();
        return Task.FromResult(latest);
    }

    public Task<IReadOnlyList<(FlowDefinition Definition, int Version)>> ListPublishedAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<(FlowDefinition, int)>>(_versions.GroupBy(p => p.Key.Item1).Select(g => g.OrderByDescending(p => p.Key.Item2).Select(p => (p.Value, p.Key.Item2)).First()).ToList());
}
