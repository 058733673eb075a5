namespace IntegrationHub.Contracts.Designer;

/// <summary>A mapping document as exported: what <c>GET /api/mappings/{id}/export</c> downloads.</summary>
/// <param name="FileName">Suggested file name, e.g. <c>portal-order-to-sales-order.map.json</c>.</param>
/// <param name="Content">The indented JSON text, with the version number of a published or retired version.</param>
public sealed record MappingFile(string FileName, string Content);
