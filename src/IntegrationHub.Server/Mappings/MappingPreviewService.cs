using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Mapping;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Storage.Mappings;

namespace IntegrationHub.Server.Mappings;

/// <summary>
/// Previews a mapping on a sample: a stored version (the draft by default, else the latest published) or a document
/// the caller supplies (an unsaved edit). Lookup tables are the store's, freshly loaded; the sandbox limits apply as
/// in a run, and the output is always validated against the target schema.
/// </summary>
internal sealed class MappingPreviewService(MappingEngine engine, StoredLookupTables lookups, StoredMappings stored, MappingRepository repository)
{
    /// <summary>Previews a stored version; null when there is nothing to preview.</summary>
    /// <param name="mappingId">Mapping id.</param>
    /// <param name="version">0 for the draft, a number for that version, null for the draft or (without one) the latest published version.</param>
    /// <param name="sample">The payload.</param>
    /// <param name="vars">Values expressions read as <c>vars</c>.</param>
    /// <param name="cancellationToken">Stops the preview.</param>
    public async Task<MappingPreviewResult?> PreviewStoredAsync(string mappingId, int? version, JsonNode sample, JsonNode? vars, CancellationToken cancellationToken)
    {
        var detail = version is null
            ? await repository.GetVersionAsync(mappingId, MappingRepository.DraftVersion, cancellationToken)
                ?? await repository.GetVersionAsync(mappingId, null, cancellationToken)
            : await repository.GetVersionAsync(mappingId, version, cancellationToken);
        if (detail is null)
        {
            return null;
        }

        MappingDocument document;
        try
        {
            document = stored.Remember(mappingId, detail.Summary.Version, detail.Content.ToJsonString());
        }
        catch (MappingValidationException e)
        {
            return MappingDtos.DefinitionErrors(mappingId, detail.Summary.Version, e.Errors);
        }

        return await PreviewAsync(document, detail.Summary.Version, sample, vars, cancellationToken);
    }

    /// <summary>Previews a document that need not be stored.</summary>
    public async Task<MappingPreviewResult> PreviewDocumentAsync(MappingDocument document, JsonNode sample, JsonNode? vars, CancellationToken cancellationToken) =>
        await PreviewAsync(document, null, sample, vars, cancellationToken);

    private async Task<MappingPreviewResult> PreviewAsync(MappingDocument document, int? version, JsonNode sample, JsonNode? vars, CancellationToken cancellationToken)
    {
        await lookups.EnsureFreshAsync(cancellationToken);
        return MappingDtos.ToResult(engine.Preview(document, sample, vars, cancellationToken), version);
    }
}
