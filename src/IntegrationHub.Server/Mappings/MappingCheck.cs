using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Documents;

namespace IntegrationHub.Server.Mappings;

/// <summary>The outcome of checking a mapping document: the parsed document when usable, and every error.</summary>
/// <param name="Document">The document; null when it does not parse (structure errors).</param>
/// <param name="Errors">Every error: structure, expressions, unknown lookup tables and schemas.</param>
internal sealed record MappingCheck(MappingDocument? Document, IReadOnlyList<FlowValidationError> Errors)
{
    /// <summary>Gets whether the document can be saved and run.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;
}
