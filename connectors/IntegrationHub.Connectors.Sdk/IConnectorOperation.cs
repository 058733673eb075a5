namespace IntegrationHub.Connectors.Sdk;

/// <summary>The untyped view of an operation the host invokes; derive from <see cref="ConnectorOperation{TSettings, TInput, TOutput}"/> instead of implementing it.</summary>
public interface IConnectorOperation
{
    /// <summary>Gets the connection settings type.</summary>
    Type SettingsType { get; }

    /// <summary>Gets the input type.</summary>
    Type InputType { get; }

    /// <summary>Gets the output type.</summary>
    Type OutputType { get; }

    /// <summary>Runs the operation.</summary>
    /// <param name="context">The operation context.</param>
    /// <param name="settings">The settings, an instance of <see cref="SettingsType"/>.</param>
    /// <param name="input">The input, an instance of <see cref="InputType"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The output, an instance of <see cref="OutputType"/>.</returns>
    Task<object?> ExecuteAsync(OperationContext context, object settings, object input, CancellationToken cancellationToken);
}
