using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;

namespace IntegrationHub.Contracts.Designer;

/// <summary>Outcome of saving a mapping draft: the saved draft, or the errors that kept it from being saved.</summary>
/// <param name="MappingId">The mapping id of the document, when it has one.</param>
/// <param name="Saved">The draft as stored; null when nothing was saved.</param>
/// <param name="Errors">Every error with its JSON path in the document (empty when saved).</param>
public sealed record MappingDraftSaveResult(string? MappingId, MappingVersionSummary? Saved, IReadOnlyList<FlowErrorDto> Errors);
