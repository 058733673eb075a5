using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;

namespace IntegrationHub.Contracts.Designer;

/// <summary>Outcome of saving a lookup table: the table as stored, or the errors that kept it from being saved.</summary>
/// <param name="TableId">The table id of the document, when it has one.</param>
/// <param name="Saved">The table as stored (its new revision); null when nothing was saved.</param>
/// <param name="Errors">Every error with its JSON path in the document (empty when saved).</param>
public sealed record LookupTableSaveResult(string? TableId, LookupTableSummary? Saved, IReadOnlyList<FlowErrorDto> Errors);
