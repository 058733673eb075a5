using IntegrationHub.Connectors.Hosting.Catalog;

namespace IntegrationHub.Connectors.Hosting.Plugins;

/// <summary>What loading a plug-in folder produced.</summary>
internal sealed record PluginLoadResult(bool FolderExists, IReadOnlyList<ConnectorRegistration> Plugins, IReadOnlyList<ConnectorLoadError> Errors);
