using IntegrationHub.Connectors.Hosting.Catalog;

namespace IntegrationHub.Connectors.Hosting.Plugins;

/// <summary>Why one plug-in folder could not be loaded; caught by the loader and turned into a <see cref="ConnectorLoadError"/>.</summary>
internal sealed class PluginLoadException(ConnectorLoadErrorKind kind, string message) : Exception(message)
{
    public ConnectorLoadErrorKind Kind { get; } = kind;
}
