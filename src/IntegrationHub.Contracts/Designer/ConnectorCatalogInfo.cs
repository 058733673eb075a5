namespace IntegrationHub.Contracts.Designer;

/// <summary>The connectors this hub can run and the plug-ins it could not load.</summary>
/// <param name="Connectors">Loaded connectors, ordered by name.</param>
/// <param name="LoadErrors">Plug-ins that failed to load (the hub runs without them).</param>
public sealed record ConnectorCatalogInfo(IReadOnlyList<ConnectorInfo> Connectors, IReadOnlyList<ConnectorLoadProblem> LoadErrors);
