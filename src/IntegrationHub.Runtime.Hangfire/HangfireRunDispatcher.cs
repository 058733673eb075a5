using Hangfire;
using IntegrationHub.Runtime.Abstractions;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>Dispatches run passes and event routing as Hangfire jobs (durable with PostgreSQL storage, shared by all nodes).</summary>
internal sealed class HangfireRunDispatcher(IBackgroundJobClient jobs, TimeProvider clock) : IRunDispatcher
{
    public void Enqueue(Guid runId) => jobs.Enqueue<RunJobs>(RunJobs.Queue, j => j.ExecuteRunAsync(runId, CancellationToken.None));

    public void Schedule(Guid runId, DateTimeOffset at)
    {
        var delay = at - clock.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            Enqueue(runId);
            return;
        }

        jobs.Schedule<RunJobs>(RunJobs.Queue, j => j.ExecuteRunAsync(runId, CancellationToken.None), at);
    }

    public void DispatchEvent(string eventId) => jobs.Enqueue<RunJobs>(RunJobs.Queue, j => j.RouteEventAsync(eventId, CancellationToken.None));

    public void RunBulkOperation(Guid operationId) => jobs.Enqueue<RunJobs>(RunJobs.Queue, j => j.RunBulkOperationAsync(operationId, CancellationToken.None));
}
