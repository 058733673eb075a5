using System.Diagnostics.CodeAnalysis;

namespace IntegrationHub.Connectors.Hosting.Catalog;

/// <summary>The connectors this host can run (built-ins and loaded plug-ins) and the plug-ins that failed to load. Serves <c>GET /api/connectors</c>.</summary>
public interface IConnectorCatalog
{
    /// <summary>Gets the loaded connectors, ordered by name.</summary>
    IReadOnlyList<ConnectorRegistration> Connectors { get; }

    /// <summary>Gets the connectors that failed to load.</summary>
    IReadOnlyList<ConnectorLoadError> LoadErrors { get; }

    /// <summary>Finds a connector by name.</summary>
    /// <param name="name">The connector name.</param>
    /// <param name="registration">The connector when found.</param>
    /// <returns>Whether it exists.</returns>
    bool TryGet(string name, [NotNullWhen(true)] out ConnectorRegistration? registration);
}
