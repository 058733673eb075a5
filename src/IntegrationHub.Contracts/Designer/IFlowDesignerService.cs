using IntegrationHub.Contracts.Flows;

namespace IntegrationHub.Contracts.Designer;

/// <summary>
/// Flows as the designer works with them: the same store, validation and lifecycle rules as <c>/api/flows</c>.
/// Every call is authorized by the implementation (view, edit drafts or publish) and throws
/// <see cref="DesignerAccessDeniedException"/> when the roles do not allow it; refused state changes throw <see cref="DesignerException"/>.
/// </summary>
public interface IFlowDesignerService
{
    /// <summary>Lists every flow.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<FlowSummary>> ListFlowsAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a flow with its versions, or null when it does not exist.</summary>
    /// <param name="flowId">Flow id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<FlowDetail?> GetFlowAsync(string flowId, CancellationToken cancellationToken = default);

    /// <summary>Gets one version with its content (0 is the draft), or null when it does not exist.</summary>
    /// <param name="flowId">Flow id.</param>
    /// <param name="version">Version number; 0 for the draft.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<FlowVersionDetail?> GetVersionAsync(string flowId, int version, CancellationToken cancellationToken = default);

    /// <summary>Compares two versions (0 is the draft), or null when one does not exist.</summary>
    /// <param name="flowId">Flow id.</param>
    /// <param name="from">Older version.</param>
    /// <param name="to">Newer version.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<FlowDiffDto?> DiffAsync(string flowId, int from, int to, CancellationToken cancellationToken = default);

    /// <summary>Validates a flow document without saving it; every error with its JSON path.</summary>
    /// <param name="document">The flow document (JSON text).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<FlowValidationReport> ValidateAsync(string document, CancellationToken cancellationToken = default);

    /// <summary>Saves a document as its flow's draft when it is valid; otherwise returns the errors and saves nothing.</summary>
    /// <param name="document">The flow document (JSON text).</param>
    /// <param name="expectedFlowId">The flow being edited; the document's id must match. Null for a new flow or an import.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<DraftSaveResult> SaveDraftAsync(string document, string? expectedFlowId, CancellationToken cancellationToken = default);

    /// <summary>Discards a flow's draft.</summary>
    /// <param name="flowId">Flow id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task DeleteDraftAsync(string flowId, CancellationToken cancellationToken = default);

    /// <summary>Publishes the draft as the next version (or drops it when it equals the latest published one).</summary>
    /// <param name="flowId">Flow id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<PublishResult> PublishAsync(string flowId, CancellationToken cancellationToken = default);

    /// <summary>Retires a published version.</summary>
    /// <param name="flowId">Flow id.</param>
    /// <param name="version">Version number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<FlowVersionSummary> RetireAsync(string flowId, int version, CancellationToken cancellationToken = default);

    /// <summary>Exports a version as a flow file (the latest published one when <paramref name="version"/> is null), or null when it does not exist.</summary>
    /// <param name="flowId">Flow id.</param>
    /// <param name="version">Version number, 0 for the draft, null for the latest published.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<FlowFile?> ExportAsync(string flowId, int? version, CancellationToken cancellationToken = default);
}
