using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Mappings;

/// <summary>A lookup table with its document.</summary>
/// <param name="Summary">Table facts.</param>
/// <param name="Content">The table document (see <c>flows/schemas/lookup.schema.json</c>): id, onMissing, default, ignoreCase, entries.</param>
public sealed record LookupTableDetail(LookupTableSummary Summary, JsonObject Content);
