using Hangfire;
using Hangfire.Storage;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>Keeps one Hangfire recurring job per schedule trigger of every published flow; retired flows lose theirs.</summary>
public sealed class ScheduleTriggerSync(IFlowDefinitionSource flows, IRecurringJobManager recurring, JobStorage storage)
{
    private const string Prefix = "flow-schedule:";

    /// <summary>Adds, updates and removes recurring jobs to match the published flows.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken = default)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (flow, _) in await flows.ListPublishedAsync(cancellationToken))
        {
            var schedules = flow.Triggers.OfType<ScheduleTrigger>().ToList();
            for (var i = 0; i < schedules.Count; i++)
            {
                var id = $"{Prefix}{flow.Id}:{i}";
                wanted.Add(id);
                var index = i;
                var flowId = flow.Id;
                recurring.AddOrUpdate<RunJobs>(
                    id,
                    RunJobs.Queue,
                    j => j.StartScheduledAsync(flowId, index, CancellationToken.None),
                    schedules[i].Cron,
                    new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(schedules[i].TimeZone) });
            }
        }

        using var connection = storage.GetConnection();
        foreach (var job in connection.GetRecurringJobs().Where(j => j.Id.StartsWith(Prefix, StringComparison.Ordinal) && !wanted.Contains(j.Id)))
        {
            recurring.RemoveIfExists(job.Id);
        }
    }
}
