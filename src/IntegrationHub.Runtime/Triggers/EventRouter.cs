using IntegrationHub.Flows.Model;
using IntegrationHub.Mapping.Expressions;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Triggers;

/// <summary>
/// Routes a stored event: starts the flows whose event trigger matches (idempotent per event and flow),
/// and wakes the runs waiting for it. Routing twice is harmless, so the outbox can be retried.
/// </summary>
public sealed partial class EventRouter(
    IRunStore store,
    IRunDispatcher dispatcher,
    IFlowDefinitionSource flows,
    RunStarter starter,
    IExpressionEvaluator expressions,
    TimeProvider clock,
    IOptions<RuntimeOptions> options,
    ILogger<EventRouter> logger)
{
    /// <summary>Stores a new event and routes it; false when the same event id was seen before (applied once).</summary>
    public async Task<bool> PublishAsync(HubEvent hubEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hubEvent);
        if (!await store.AppendEventAsync(hubEvent, clock.GetUtcNow() + options.Value.InboxRetention, cancellationToken))
        {
            return false;
        }

        dispatcher.DispatchEvent(hubEvent.Id);
        return true;
    }

    /// <summary>Routes a stored event by id.</summary>
    public async Task RouteAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var hubEvent = await store.GetEventAsync(eventId, cancellationToken);
        if (hubEvent is null)
        {
            return;
        }

        foreach (var (flow, _) in await flows.ListPublishedAsync(cancellationToken))
        {
            foreach (var trigger in flow.Triggers.OfType<EventTrigger>().Where(t => t.Event == hubEvent.Type))
            {
                await StartAsync(flow, trigger, hubEvent, cancellationToken);
            }
        }

        if (hubEvent.CorrelationKey is { } key)
        {
            foreach (var runId in await store.FindWaitingRunsAsync(hubEvent.Type, key, cancellationToken))
            {
                dispatcher.Enqueue(runId);
            }
        }

        await store.MarkEventDispatchedAsync(eventId, cancellationToken);
    }

    private async Task StartAsync(FlowDefinition flow, EventTrigger trigger, HubEvent hubEvent, CancellationToken cancellationToken)
    {
        if (trigger.Filter is { } filter)
        {
            try
            {
                if (!expressions.IsTruthy(filter, new ExpressionScope().With("input", hubEvent.Payload?.DeepClone()), cancellationToken))
                {
                    return;
                }
            }
            catch (ExpressionException e)
            {
                LogFilterFailed(logger, flow.Id, hubEvent.Id, e.Message);
                return;
            }
        }

        try
        {
            await starter.StartAsync(
                new StartRequest
                {
                    FlowId = flow.Id,
                    TriggerKind = "event",
                    Trigger = trigger,
                    Input = hubEvent.Payload,
                    IdempotencyKey = $"event:{hubEvent.Id}",
                    CorrelationId = hubEvent.CorrelationKey ?? hubEvent.Id,
                },
                cancellationToken);
        }
        catch (RunStartException e)
        {
            LogStartFailed(logger, flow.Id, hubEvent.Id, e.Message);
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Event trigger filter of {FlowId} failed on event {EventId}: {Message}")]
    private static partial void LogFilterFailed(ILogger logger, string flowId, string eventId, string message);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Event {EventId} could not start {FlowId}: {Message}")]
    private static partial void LogStartFailed(ILogger logger, string flowId, string eventId, string message);
}
