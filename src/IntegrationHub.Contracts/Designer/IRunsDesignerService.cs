using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;

namespace IntegrationHub.Contracts.Designer;

/// <summary>
/// Runs as operators work with them: the same store, redaction, operator actions and audit as <c>/api/runs</c>.
/// Reading needs the view policy; every action needs the operate policy. The implementation checks each call and throws
/// <see cref="DesignerAccessDeniedException"/> when the roles do not allow it, and <see cref="DesignerException"/> when the
/// run's state does not (a run that is not failed cannot be retried, for example).
/// </summary>
public interface IRunsDesignerService
{
    /// <summary>Finds runs, newest first, one page at a time.</summary>
    /// <param name="search">The filter and the page cursor.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RunPage> SearchAsync(RunSearch search, CancellationToken cancellationToken = default);

    /// <summary>Counts the runs a filter matches (the page cursor and size are ignored), e.g. before a bulk replay.</summary>
    /// <param name="search">The filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<int> CountAsync(RunSearch search, CancellationToken cancellationToken = default);

    /// <summary>Gets a run with its input, output and every attempt of every step (secrets redacted), or null when it does not exist.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RunDetailDto?> GetAsync(Guid runId, CancellationToken cancellationToken = default);

    /// <summary>Retries a failed run from its failed step; <paramref name="editedInput"/> replaces that step's input once.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="editedInput">The corrected input of the failed step, or null to compute it again.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RunSummaryDto> RetryAsync(Guid runId, JsonNode? editedInput, CancellationToken cancellationToken = default);

    /// <summary>Starts a failed or cancelled run again from its first step (the earlier attempts stay as history).</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RunSummaryDto> RestartAsync(Guid runId, CancellationToken cancellationToken = default);

    /// <summary>Marks the failed step done with a supplied output and continues after it.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="output">The output the step is deemed to have produced.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RunSummaryDto> SkipAsync(Guid runId, JsonNode? output, CancellationToken cancellationToken = default);

    /// <summary>Cancels a run that has not finished (or a dead letter nobody will fix).</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RunSummaryDto> CancelAsync(Guid runId, CancellationToken cancellationToken = default);

    /// <summary>Starts replaying every run a filter matches (failed runs when it names no status) in the background.</summary>
    /// <param name="action">One of <see cref="BulkReplayActions"/>.</param>
    /// <param name="search">The filter (the page cursor and size are ignored).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<BulkOperationDto> StartBulkReplayAsync(string action, RunSearch search, CancellationToken cancellationToken = default);

    /// <summary>Gets the progress of a bulk replay, or null when it does not exist.</summary>
    /// <param name="operationId">The operation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<BulkOperationDto?> GetBulkReplayAsync(Guid operationId, CancellationToken cancellationToken = default);
}
