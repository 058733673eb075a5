using System.Text.Json.Nodes;

namespace IntegrationHub.Mapping.Execution;

/// <summary>The output of a mapping run and every error found (rule errors and target-schema errors).</summary>
/// <param name="MappingId">The mapping that ran.</param>
/// <param name="Output">The output; present even when there are errors, so they can be shown in context.</param>
/// <param name="Errors">Every error; empty on success.</param>
public sealed record MappingResult(string MappingId, JsonNode? Output, IReadOnlyList<MappingError> Errors)
{
    /// <summary>Whether the mapping produced a valid output.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Returns the output, or throws when there are errors.</summary>
    /// <exception cref="MappingException">The mapping has errors.</exception>
    public JsonNode ThrowIfFailed() => Succeeded && Output is not null ? Output : throw new MappingException(MappingId, Errors);
}
