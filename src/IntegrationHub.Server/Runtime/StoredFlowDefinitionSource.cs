using System.Collections.Concurrent;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Storage.Flows;

namespace IntegrationHub.Server.Runtime;

/// <summary>
/// Flow definitions from the store. Published versions are immutable, so each parsed version is cached
/// for the life of the process; the number of the latest published version is asked of the store every time
/// (publish and retire take effect at once, on every node), its content only when it is not cached yet.
/// </summary>
internal sealed class StoredFlowDefinitionSource(IServiceScopeFactory scopes) : IFlowDefinitionSource
{
    private readonly ConcurrentDictionary<(string FlowId, int Version), FlowDefinition> _cache = new();

    public async Task<FlowDefinition> GetAsync(string flowId, int version, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue((flowId, version), out var cached))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var detail = await scope.ServiceProvider.GetRequiredService<FlowRepository>().GetVersionAsync(flowId, version, cancellationToken)
            ?? throw new StepFailedException(ErrorCategory.Platform, $"flow '{flowId}' version {version} does not exist in the store");
        return Remember(flowId, version, detail);
    }

    public async Task<(FlowDefinition Definition, int Version)?> GetLatestPublishedAsync(string flowId, CancellationToken cancellationToken)
    {
        // Only the version number is read; its definition comes from the cache (immutable once published).
        int? version;
        await using (var scope = scopes.CreateAsyncScope())
        {
            version = await scope.ServiceProvider.GetRequiredService<FlowRepository>().GetLatestPublishedVersionAsync(flowId, cancellationToken);
        }

        return version is { } number ? (await GetAsync(flowId, number, cancellationToken), number) : null;
    }

    public async Task<IReadOnlyList<(FlowDefinition Definition, int Version)>> ListPublishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<FlowRepository>().ListPublishedAsync(cancellationToken);
        return published.Select(d => (Remember(d.FlowId, d.Summary.Version, d), d.Summary.Version)).ToList();
    }

    private FlowDefinition Remember(string flowId, int version, FlowVersionDetail detail) =>
        _cache.GetOrAdd((flowId, version), _ =>
        {
            // Stored versions were validated when saved; parse without outside references.
            var result = FlowValidator.Validate(detail.Content, new FlowValidationContext { File = $"{flowId} v{version}" });
            return result.Definition ?? throw new StepFailedException(ErrorCategory.Platform, $"stored flow '{flowId}' version {version} cannot be read: {string.Join("; ", result.Errors)}");
        });
}
