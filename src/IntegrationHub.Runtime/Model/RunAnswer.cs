using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Model;

/// <summary>
/// What a synchronous caller (the HTTP trigger) needs of a run: its status, the respond step's answer,
/// the output and the error. Read without the journal, or handed over in process when it was just committed.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Status">The committed status.</param>
/// <param name="Response">The respond step's committed answer, if given.</param>
/// <param name="Output">The run output, when finished.</param>
/// <param name="Error">The run error, when failed or cancelled.</param>
public sealed record RunAnswer(Guid RunId, RunStatus Status, JsonObject? Response, JsonNode? Output, RunError? Error)
{
    /// <summary>Gets whether the run finished (succeeded, failed or cancelled).</summary>
    public bool IsFinished => Status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled;

    /// <summary>Gets whether a waiting caller can be answered now: the respond step answered, or the run finished.</summary>
    public bool IsAnswered => Response is not null || IsFinished;

    /// <summary>Takes the answer part of a full run record.</summary>
    /// <param name="run">The run.</param>
    public static RunAnswer From(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunAnswer(run.Id, run.Status, run.Response, run.Output, run.Error);
    }
}
