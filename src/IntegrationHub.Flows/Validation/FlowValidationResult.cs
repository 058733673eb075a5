using IntegrationHub.Flows.Model;

namespace IntegrationHub.Flows.Validation;

/// <summary>The outcome of validating a flow document.</summary>
/// <param name="Definition">The model read from the document; null only when the text is not a JSON object.</param>
/// <param name="Errors">Every error found, in document order.</param>
public sealed record FlowValidationResult(FlowDefinition? Definition, IReadOnlyList<FlowValidationError> Errors)
{
    /// <summary>Gets whether the document is valid.</summary>
    public bool IsValid => Errors.Count == 0 && Definition is not null;
}
