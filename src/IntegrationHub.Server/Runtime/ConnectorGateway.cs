using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Connectors.Hosting.Invocation;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using SdkCategory = IntegrationHub.Connectors.Sdk.ErrorCategory;

namespace IntegrationHub.Server.Runtime;

/// <summary>The runtime's port to connectors: resolves the configured connection, waits for its limit, and invokes the operation.</summary>
internal sealed class ConnectorGateway(IServiceScopeFactory scopes, IConnectorInvoker invoker, IConnectionStore connections, ConnectionLimiter limiter) : IConnectorGateway
{
    public async Task<JsonNode?> InvokeAsync(ConnectorInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ResolvedConnection? connection;
        await using (var scope = scopes.CreateAsyncScope())
        {
            connection = await scope.ServiceProvider.GetRequiredService<IConnectionService>().ResolveAsync(invocation.Connection, cancellationToken);
        }

        if (connection is null)
        {
            throw new StepFailedException(ErrorCategory.Platform, $"connection '{invocation.Connection}' is not configured: create it under Connections (connector '{invocation.Connector}')", "connection-missing");
        }

        if (!string.Equals(connection.Connector, invocation.Connector, StringComparison.OrdinalIgnoreCase))
        {
            throw new StepFailedException(ErrorCategory.Platform, $"connection '{invocation.Connection}' belongs to connector '{connection.Connector}', but the flow binds it to '{invocation.Connector}'", "connection-mismatch");
        }

        // The connection's limit (protect the ERP) is taken after every check, so a misconfigured step never queues.
        using var permit = await limiter.AcquireAsync(connection.Name, cancellationToken);
        try
        {
            return await invoker.InvokeAsync(connection.Connector, invocation.Operation, connection.Settings, invocation.Input, connection.CreateInvocationContext(invocation.CorrelationId, invocation.IdempotencyKey), cancellationToken);
        }
        catch (ConnectorInvocationException e)
        {
            throw new StepFailedException(Map(e.Category), e.Message, e.ErrorCode, e.RetryAfter, e);
        }
    }

    // A name lookup only: no secrets are decrypted to answer whether the connection exists.
    public async Task<bool> IsConfiguredAsync(string connection, CancellationToken cancellationToken) =>
        await connections.FindByNameAsync(connection, cancellationToken) is not null;

    private static ErrorCategory Map(SdkCategory category) => category switch
    {
        SdkCategory.Transient => ErrorCategory.Transient,
        SdkCategory.DataQuality => ErrorCategory.DataQuality,
        SdkCategory.Partner => ErrorCategory.Partner,
        SdkCategory.Business => ErrorCategory.Business,
        _ => ErrorCategory.Platform,
    };
}
