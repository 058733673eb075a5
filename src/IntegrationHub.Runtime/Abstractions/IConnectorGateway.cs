using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Abstractions;

/// <summary>How the runtime calls connectors. Failures are thrown as <see cref="StepFailedException"/> with a category.</summary>
public interface IConnectorGateway
{
    /// <summary>Invokes an operation and returns its output.</summary>
    Task<JsonNode?> InvokeAsync(ConnectorInvocation invocation, CancellationToken cancellationToken);

    /// <summary>Says whether a connection of this name exists (scheduled triggers do not fire without their connections).</summary>
    Task<bool> IsConfiguredAsync(string connection, CancellationToken cancellationToken) => Task.FromResult(true);
}
