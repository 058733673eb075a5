using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Mappings;

/// <summary>What a mapping makes of a sample: the output, every error, and what each rule produced.</summary>
/// <param name="MappingId">The mapping previewed.</param>
/// <param name="Version">The stored version previewed (0 for the draft); null when a supplied document was previewed.</param>
/// <param name="Succeeded">Whether the sample maps without errors (including target-schema errors).</param>
/// <param name="Output">The output, present even with errors so they can be shown in context; null when the document cannot run.</param>
/// <param name="Errors">Rule, target-schema and definition errors, each with target path, source path and rule.</param>
/// <param name="Trace">One entry per rule evaluation, in execution order.</param>
public sealed record MappingPreviewResult(
    string MappingId,
    int? Version,
    bool Succeeded,
    JsonNode? Output,
    IReadOnlyList<MappingErrorDto> Errors,
    IReadOnlyList<RuleTraceDto> Trace);
