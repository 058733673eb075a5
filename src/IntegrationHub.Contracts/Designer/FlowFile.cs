namespace IntegrationHub.Contracts.Designer;

/// <summary>A flow file as exported: what <c>GET /api/flows/{id}/export</c> downloads.</summary>
/// <param name="FileName">Suggested file name, e.g. <c>order-intake.flow.json</c>.</param>
/// <param name="Content">The indented JSON text.</param>
public sealed record FlowFile(string FileName, string Content);
