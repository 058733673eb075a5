using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Abstractions;

/// <summary>One call of a connector operation by a <c>call</c> step.</summary>
/// <param name="Connector">Connector name.</param>
/// <param name="Connection">Configured connection name.</param>
/// <param name="Operation">Operation name.</param>
/// <param name="Input">Evaluated input.</param>
/// <param name="IdempotencyKey"><c>{runId}/{stepPath}</c>: the same for every attempt, so targets can deduplicate.</param>
/// <param name="CorrelationId">The run's correlation id.</param>
/// <param name="RunId">The run.</param>
/// <param name="StepPath">The step.</param>
/// <param name="Attempt">The attempt number.</param>
public sealed record ConnectorInvocation(string Connector, string Connection, string Operation, JsonNode? Input, string IdempotencyKey, string CorrelationId, Guid RunId, string StepPath, int Attempt);
