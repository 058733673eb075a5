using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using IntegrationHub.Runtime.Abstractions;

namespace IntegrationHub.Runtime.Tests.Infrastructure;

/// <summary>
/// A target system for tests that behaves like a deduplicating ERP: the first call with an idempotency key
/// performs the side effect, later calls with the same key return the same result. Behaviour per operation
/// is scripted (fail N times, answer, throw).
/// </summary>
public sealed class CountingConnectorGateway : IConnectorGateway
{
    private readonly ConcurrentDictionary<string, Func<ConnectorInvocation, int, JsonNode?>> _behaviours = new();
    private readonly ConcurrentDictionary<string, int> _callsByOperation = new();
    private readonly ConcurrentDictionary<string, JsonNode?> _effects = new();
    private readonly ConcurrentDictionary<string, int> _effectCounts = new();

    /// <summary>Gets every invocation in order.</summary>
    public ConcurrentQueue<ConnectorInvocation> Invocations { get; } = new();

    /// <summary>Scripts an operation: receives the invocation and the 1-based call count of that operation.</summary>
    public void On(string operation, Func<ConnectorInvocation, int, JsonNode?> behaviour) => _behaviours[operation] = behaviour;

    /// <summary>Gets how many times an operation was called (attempts included).</summary>
    public int Calls(string operation) => _callsByOperation.GetValueOrDefault(operation);

    /// <summary>Gets how many distinct side effects an idempotency key produced (must be 1).</summary>
    public int EffectsFor(string idempotencyKey) => _effectCounts.GetValueOrDefault(idempotencyKey);

    /// <summary>Gets every idempotency key with its side-effect count.</summary>
    public IReadOnlyDictionary<string, int> Effects => _effectCounts;

    public Task<JsonNode?> InvokeAsync(ConnectorInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        cancellationToken.ThrowIfCancellationRequested();
        Invocations.Enqueue(invocation);
        var count = _callsByOperation.AddOrUpdate(invocation.Operation, 1, (_, c) => c + 1);
        if (_effects.TryGetValue(invocation.IdempotencyKey, out var known))
        {
            return Task.FromResult(known?.DeepClone());
        }

        var behaviour = _behaviours.GetValueOrDefault(invocation.Operation) ?? ((inv, _) => new JsonObject { ["echo"] = inv.Input?.DeepClone() });
        var result = behaviour(invocation, count);
        if (_effects.TryAdd(invocation.IdempotencyKey, result?.DeepClone()))
        {
            _effectCounts.AddOrUpdate(invocation.IdempotencyKey, 1, (_, c) => c + 1);
        }

        return Task.FromResult(result);
    }
}
