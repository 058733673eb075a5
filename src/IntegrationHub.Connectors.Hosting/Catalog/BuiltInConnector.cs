using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.Catalog;

/// <summary>A connector compiled into the host, registered with <see cref="ConnectorHostingBuilder.AddConnector{TModule}"/>.</summary>
/// <param name="ModuleType">The entry type.</param>
/// <param name="Factory">Creates the entry type.</param>
internal sealed record BuiltInConnector(Type ModuleType, Func<IConnectorModule> Factory);
