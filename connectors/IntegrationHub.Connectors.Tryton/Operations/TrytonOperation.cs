using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Tryton.Operations;

/// <summary>An SDK operation delegating to <see cref="TrytonErpClient"/>; Tryton errors already carry their category.</summary>
internal abstract class TrytonOperation<TInput, TOutput> : ConnectorOperation<TrytonSettings, TInput, TOutput>
    where TInput : class
{
    public sealed override async Task<TOutput> ExecuteAsync(OperationContext context, TrytonSettings settings, TInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(input);
        var client = TrytonClientPool.Get(context, settings);
        try
        {
            return await ExecuteAsync(client, context, input, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            // Our own guards on the input (a missing code, a negative quantity): the data is wrong, not the platform.
            throw new ConnectorException(ErrorCategory.DataQuality, ex.Message, "invalid_input", ex);
        }
    }

    protected static string RequireKey(OperationContext context) =>
        context.IdempotencyKey is { Length: > 0 } key
            ? key
            : throw new ConnectorException(ErrorCategory.Platform, $"{context.OperationName} needs an idempotency key (the runtime passes {{runId}}/{{stepPath}}).", "idempotency_key_required");

    protected abstract Task<TOutput> ExecuteAsync(TrytonErpClient client, OperationContext context, TInput input, CancellationToken cancellationToken);
}
