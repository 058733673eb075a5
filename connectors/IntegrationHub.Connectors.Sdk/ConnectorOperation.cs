namespace IntegrationHub.Connectors.Sdk;

/// <summary>Base class of a typed connector operation. Describe it with an <see cref="OperationAttribute"/>.</summary>
/// <typeparam name="TSettings">The connector's connection settings.</typeparam>
/// <typeparam name="TInput">The input; its JSON Schema is generated for the designer.</typeparam>
/// <typeparam name="TOutput">The output; its JSON Schema is generated for the designer.</typeparam>
public abstract class ConnectorOperation<TSettings, TInput, TOutput> : IConnectorOperation
    where TSettings : class
    where TInput : class
{
    /// <inheritdoc />
    public Type SettingsType => typeof(TSettings);

    /// <inheritdoc />
    public Type InputType => typeof(TInput);

    /// <inheritdoc />
    public Type OutputType => typeof(TOutput);

    /// <summary>Runs the operation.</summary>
    /// <param name="context">The operation context: idempotency key, correlation id, logger, clock, HTTP and state.</param>
    /// <param name="settings">The connection settings with secrets decrypted.</param>
    /// <param name="input">The validated input.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The output.</returns>
    /// <exception cref="ConnectorException">The operation failed; the category tells the runtime whether to retry.</exception>
    public abstract Task<TOutput> ExecuteAsync(OperationContext context, TSettings settings, TInput input, CancellationToken cancellationToken);

    /// <inheritdoc />
    async Task<object?> IConnectorOperation.ExecuteAsync(OperationContext context, object settings, object input, CancellationToken cancellationToken)
    {
        if (settings is not TSettings typedSettings)
        {
            throw new ArgumentException($"Expected settings of type {typeof(TSettings).FullName} but got {settings?.GetType().FullName ?? "null"}.", nameof(settings));
        }

        if (input is not TInput typedInput)
        {
            throw new ArgumentException($"Expected input of type {typeof(TInput).FullName} but got {input?.GetType().FullName ?? "null"}.", nameof(input));
        }

        return await ExecuteAsync(context, typedSettings, typedInput, cancellationToken).ConfigureAwait(false);
    }
}
