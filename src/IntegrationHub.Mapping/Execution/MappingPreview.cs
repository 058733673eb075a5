using System.Text.Json.Nodes;

namespace IntegrationHub.Mapping.Execution;

/// <summary>What the mapping editor shows for a sample payload: output, errors and what each rule produced.</summary>
/// <param name="MappingId">The mapping previewed.</param>
/// <param name="Output">The output.</param>
/// <param name="Errors">Rule errors, target-schema errors and definition errors.</param>
/// <param name="Trace">One entry per rule evaluation (per element for rules inside arrays), in execution order.</param>
public sealed record MappingPreview(string MappingId, JsonNode? Output, IReadOnlyList<MappingError> Errors, IReadOnlyList<RuleTrace> Trace)
{
    /// <summary>Whether the sample maps without errors.</summary>
    public bool Succeeded => Errors.Count == 0;
}
