namespace IntegrationHub.Connectors.Sdk;

/// <summary>
/// A connector's entry type. Each connector assembly has exactly one public, non-abstract implementation with a
/// public parameterless constructor and a <see cref="ConnectorAttribute"/>; derive from <see cref="ConnectorModule{TSettings}"/>.
/// </summary>
public interface IConnectorModule
{
    /// <summary>Gets the type the connection settings are deserialized to.</summary>
    Type SettingsType { get; }

    /// <summary>Creates the connector's operations. Called once when the connector is registered.</summary>
    /// <returns>The operations; each carries an <see cref="OperationAttribute"/>.</returns>
    IEnumerable<IConnectorOperation> CreateOperations();

    /// <summary>Checks that a connection with these settings works (reachable, credentials accepted).</summary>
    /// <param name="context">The context of the test.</param>
    /// <param name="settings">The settings, an instance of <see cref="SettingsType"/>.</param>
    /// <param name="cancellationToken">Cancels the test.</param>
    /// <returns>The result of the test.</returns>
    Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, object settings, CancellationToken cancellationToken);
}
