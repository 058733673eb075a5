using IntegrationHub.Contracts.Flows;

namespace IntegrationHub.Contracts.Designer;

/// <summary>Outcome of saving a draft: the saved version, or the errors that kept it from being saved.</summary>
/// <param name="FlowId">The flow id of the document, when it has one.</param>
/// <param name="Saved">The draft as stored; null when nothing was saved.</param>
/// <param name="Errors">Every error (empty when saved).</param>
public sealed record DraftSaveResult(string? FlowId, FlowVersionSummary? Saved, IReadOnlyList<FlowErrorDto> Errors);
