using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Abstractions;

/// <summary>How the runtime calls connectors. Failures are thrown as <see cref="StepFailedException"/> with a category.</summary>
public interface IConnectorGateway
{
    /// <summary>Invokes an operation and returns its output.</summary>
    Task<JsonNode?> InvokeAsync(ConnectorInvocation invocation, CancellationToken cancellationToken);
}
