using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Execution;

/// <summary>
/// In-process hand-over of committed answers to callers that wait on a run (the HTTP trigger's synchronous
/// answer): the waiter gets what was just committed without reading the store again.
/// </summary>
public interface IRunNotifier
{
    /// <summary>Hands over the committed answer: the respond step's answer, or the run's end.</summary>
    /// <param name="answer">What was committed (called only after the commit is durable).</param>
    void Notify(RunAnswer answer);

    /// <summary>Completes with the next answer handed over for the run (or fails when the token fires).</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    Task<RunAnswer> WaitAsync(Guid runId, CancellationToken cancellationToken);
}
