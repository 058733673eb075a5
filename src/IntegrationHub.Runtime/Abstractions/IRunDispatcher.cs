namespace IntegrationHub.Runtime.Abstractions;

/// <summary>Hands work to the worker pool (Hangfire in production).</summary>
public interface IRunDispatcher
{
    /// <summary>Runs a pass of the run as soon as a worker is free.</summary>
    void Enqueue(Guid runId);

    /// <summary>Runs a pass of the run at a time (retry backoff, delay, wait deadline).</summary>
    void Schedule(Guid runId, DateTimeOffset at);

    /// <summary>Routes a stored event (start event-triggered flows, wake waiting runs).</summary>
    void DispatchEvent(string eventId);

    /// <summary>Works a bulk replay in the background.</summary>
    void RunBulkOperation(Guid operationId);
}
