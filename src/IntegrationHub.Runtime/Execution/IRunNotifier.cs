namespace IntegrationHub.Runtime.Execution;

/// <summary>In-process signals for callers that wait on a run (the HTTP trigger's synchronous answer).</summary>
public interface IRunNotifier
{
    /// <summary>Signals that the run's respond step committed, or that the run finished.</summary>
    void Notify(Guid runId);

    /// <summary>Completes when <see cref="Notify"/> is called for the run (or the token fires).</summary>
    Task WaitAsync(Guid runId, CancellationToken cancellationToken);
}
