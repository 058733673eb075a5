using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.Invocation;

/// <summary>Runs connector operations on JSON; what the flow runtime calls for a <c>call</c> step.</summary>
public interface IConnectorInvoker
{
    /// <summary>Invokes an operation.</summary>
    /// <param name="connectorName">The connector name.</param>
    /// <param name="operationName">The operation name.</param>
    /// <param name="settings">The connection settings with secrets decrypted (from <see cref="Connections.IConnectionService.ResolveAsync"/>).</param>
    /// <param name="input">The operation input; <see langword="null"/> means an empty object.</param>
    /// <param name="context">Correlation id, idempotency key, connection id and allow-list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The output as JSON, with secret values redacted.</returns>
    /// <exception cref="ConnectorInvocationException">The call failed; the category says whether to retry.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<JsonNode?> InvokeAsync(string connectorName, string operationName, JsonObject settings, JsonNode? input, ConnectorInvocationContext context, CancellationToken cancellationToken = default);

    /// <summary>Runs a connector's connection test; failures are returned, not thrown.</summary>
    /// <param name="connectorName">The connector name.</param>
    /// <param name="settings">The connection settings with secrets decrypted.</param>
    /// <param name="context">Correlation id, connection id and allow-list.</param>
    /// <param name="cancellationToken">Cancels the test.</param>
    /// <returns>The result, with secret values redacted from its message.</returns>
    Task<ConnectionTestResult> TestConnectionAsync(string connectorName, JsonObject settings, ConnectorInvocationContext context, CancellationToken cancellationToken = default);
}
