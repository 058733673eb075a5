using IntegrationHub.Runtime.Hangfire;

namespace IntegrationHub.Server.Runtime;

/// <summary>Makes published versions take effect: schedules follow the latest published flows, hooks route to them.</summary>
internal sealed class FlowActivation(ScheduleTriggerSync schedules, HttpTriggerIndex hooks)
{
    public async Task ActivateAsync(CancellationToken cancellationToken)
    {
        hooks.Invalidate();
        await schedules.SyncAsync(cancellationToken);
    }
}
