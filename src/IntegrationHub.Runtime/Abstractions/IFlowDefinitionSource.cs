using IntegrationHub.Flows.Model;

namespace IntegrationHub.Runtime.Abstractions;

/// <summary>Published flow definitions, by pinned version and latest.</summary>
public interface IFlowDefinitionSource
{
    /// <summary>Gets a version (published or retired); throws when unknown.</summary>
    Task<FlowDefinition> GetAsync(string flowId, int version, CancellationToken cancellationToken);

    /// <summary>Gets the latest published version, or null when there is none.</summary>
    Task<(FlowDefinition Definition, int Version)?> GetLatestPublishedAsync(string flowId, CancellationToken cancellationToken);

    /// <summary>Lists the latest published version of every flow.</summary>
    Task<IReadOnlyList<(FlowDefinition Definition, int Version)>> ListPublishedAsync(CancellationToken cancellationToken);
}
