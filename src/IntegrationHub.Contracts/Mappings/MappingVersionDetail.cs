using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Mappings;

/// <summary>One version of a mapping with its document.</summary>
/// <param name="MappingId">Mapping id.</param>
/// <param name="Summary">Version facts.</param>
/// <param name="Content">The mapping document (see <c>flows/schemas/mapping.schema.json</c>).</param>
public sealed record MappingVersionDetail(string MappingId, MappingVersionSummary Summary, JsonObject Content);
