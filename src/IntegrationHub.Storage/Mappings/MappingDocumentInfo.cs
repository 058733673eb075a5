using System.Text.Json.Nodes;

namespace IntegrationHub.Storage.Mappings;

/// <summary>
/// A mapping document as the store keeps it: the facts listed without parsing, and the content. The caller has
/// validated the document (the store does not know the mapping language).
/// </summary>
/// <param name="Id">Mapping id.</param>
/// <param name="Name">Display name.</param>
/// <param name="SourceSchema">Schema id of the payload it reads, if named.</param>
/// <param name="TargetSchema">Schema id its output is validated against, if any.</param>
/// <param name="Content">The document.</param>
public sealed record MappingDocumentInfo(string Id, string Name, string? SourceSchema, string? TargetSchema, JsonObject Content);
