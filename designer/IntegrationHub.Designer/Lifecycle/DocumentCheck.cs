using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>What the hub said about an uploaded document: valid (or saved), or every error with its JSON path.</summary>
/// <param name="Valid">Whether the document is valid (for a save: whether it was saved).</param>
/// <param name="Errors">Every error; empty when valid.</param>
/// <param name="Id">The document's id, when it has one.</param>
public sealed record DocumentCheck(bool Valid, IReadOnlyList<FlowErrorDto> Errors, string? Id = null)
{
    /// <summary>What the hub said about a flow file.</summary>
    public static DocumentCheck From(FlowValidationReport report) => new(report.Valid, report.Errors);

    /// <summary>What the hub said about a mapping file.</summary>
    public static DocumentCheck From(MappingValidationReport report) => new(report.Valid, report.Errors);

    /// <summary>Whether a flow file was saved as its flow's draft.</summary>
    public static DocumentCheck From(DraftSaveResult result) => new(result.Saved is not null, result.Errors, result.FlowId);

    /// <summary>Whether a mapping file was saved as its mapping's draft.</summary>
    public static DocumentCheck From(MappingDraftSaveResult result) => new(result.Saved is not null, result.Errors, result.MappingId);
}
