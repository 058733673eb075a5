using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Mappings;

/// <summary>
/// Body of <c>POST /api/mappings/{id}/preview</c>: a sample payload, and optionally the document to preview (an
/// unsaved edit). Without a document the stored draft is previewed, or the latest published version when there is no
/// draft; <c>?version=</c> picks a stored version instead.
/// </summary>
/// <param name="Sample">The payload to map.</param>
/// <param name="Document">A mapping document to preview instead of a stored version; its id must be the URL's.</param>
/// <param name="Vars">Values expressions read as <c>vars</c> (a flow's variables), if the mapping uses them.</param>
public sealed record MappingPreviewRequest(JsonNode? Sample, JsonObject? Document = null, JsonNode? Vars = null);
