using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Expressions;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Telemetry;

namespace IntegrationHub.Runtime.Triggers;

/// <summary>
/// Creates runs for triggers: pins the latest published version, computes the idempotency key, correlation
/// id and business keys, stores the run (a duplicate key returns the original run, enforced by a unique
/// index) and hands it to the dispatcher.
/// </summary>
public sealed class RunStarter(IRunStore store, IRunDispatcher dispatcher, IFlowDefinitionSource flows, IExpressionEvaluator expressions)
{
    /// <summary>Starts (or finds the original of) a run.</summary>
    public async Task<StartedRun> StartAsync(StartRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var published = request.FlowVersion is { } resolved
            ? (await flows.GetAsync(request.FlowId, resolved, cancellationToken), resolved)
            : await flows.GetLatestPublishedAsync(request.FlowId, cancellationToken)
                ?? throw new RunStartException(true, $"flow '{request.FlowId}' does not exist or has no published version");
        var (flow, version) = published;
        var trigger = request.Trigger ?? flow.Triggers.FirstOrDefault(t => t.Kind == request.TriggerKind);
        if (trigger is null && request.TriggerKind != "manual")
        {
            throw new RunStartException(false, $"flow '{flow.Id}' version {version} has no {request.TriggerKind} trigger");
        }

        var scope = new ExpressionScope().With("input", request.Input?.DeepClone());
        var idempotencyKey = Text(trigger?.IdempotencyKey, scope, "idempotencyKey") ?? request.IdempotencyKey;
        var correlationId = Text(trigger?.CorrelationId, scope, "correlationId") ?? request.CorrelationId ?? Guid.NewGuid().ToString("N");
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, expression) in flow.BusinessKeys)
        {
            if (Text(expression, scope, $"businessKeys.{name}") is { } value)
            {
                keys[name] = value;
            }
        }

        var (run, created) = await store.CreateRunAsync(
            new NewRun
            {
                FlowId = flow.Id,
                FlowVersion = version,
                TriggerKind = request.TriggerKind,
                Input = request.Input?.DeepClone(),
                CorrelationId = correlationId,
                IdempotencyKey = idempotencyKey,
                BusinessKeys = keys,
                Lease = request.Dispatch ? null : request.Lease,
            },
            cancellationToken);
        if (created)
        {
            RuntimeTelemetry.RunsStarted.Add(1, new KeyValuePair<string, object?>("flow", flow.Id), new KeyValuePair<string, object?>("trigger", request.TriggerKind));
            if (request.Dispatch)
            {
                dispatcher.Enqueue(run.Id);
            }
        }

        return new StartedRun(run, created);
    }

    private string? Text(string? expression, ExpressionScope scope, string what)
    {
        if (expression is null)
        {
            return null;
        }

        JsonNode? value;
        try
        {
            value = expressions.Evaluate(expression, scope);
        }
        catch (ExpressionException e)
        {
            throw new RunStartException(false, $"the trigger's {what} cannot be computed from the input: {e.Message}");
        }

        return value switch
        {
            null => null,
            JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0 ? null : s,
            JsonValue v => v.ToJsonString(),
            _ => throw new RunStartException(false, $"the trigger's {what} must give a text or number, but gave {value.GetValueKind().ToString().ToLowerInvariant()}"),
        };
    }
}
