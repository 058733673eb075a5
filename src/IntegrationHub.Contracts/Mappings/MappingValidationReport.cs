using IntegrationHub.Contracts.Flows;

namespace IntegrationHub.Contracts.Mappings;

/// <summary>Result of validating a mapping document without saving it: structure, expressions, lookup tables and schemas it names.</summary>
/// <param name="Valid">Whether the document can be saved and run.</param>
/// <param name="Errors">Every error, each with its JSON path in the document (same shape as flow document errors).</param>
public sealed record MappingValidationReport(bool Valid, IReadOnlyList<FlowErrorDto> Errors);
