namespace IntegrationHub.Connectors.Sdk;

/// <summary>Base class for a connector's entry type with typed connection settings.</summary>
/// <typeparam name="TSettings">The connection settings; mark secret properties with <see cref="SecretAttribute"/>.</typeparam>
public abstract class ConnectorModule<TSettings> : IConnectorModule
    where TSettings : class
{
    /// <inheritdoc />
    public Type SettingsType => typeof(TSettings);

    /// <inheritdoc />
    public abstract IEnumerable<IConnectorOperation> CreateOperations();

    /// <summary>Checks that a connection with these settings works.</summary>
    /// <param name="context">The context of the test.</param>
    /// <param name="settings">The connection settings.</param>
    /// <param name="cancellationToken">Cancels the test.</param>
    /// <returns>The result of the test.</returns>
    public abstract Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, TSettings settings, CancellationToken cancellationToken);

    /// <inheritdoc />
    Task<ConnectionTestResult> IConnectorModule.TestConnectionAsync(OperationContext context, object settings, CancellationToken cancellationToken) =>
        settings is TSettings typed
            ? TestConnectionAsync(context, typed, cancellationToken)
            : throw new ArgumentException($"Expected settings of type {typeof(TSettings).FullName} but got {settings?.GetType().FullName ?? "null"}.", nameof(settings));
}
