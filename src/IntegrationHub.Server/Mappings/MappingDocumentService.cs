using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Mapping;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Lookups;
using IntegrationHub.Storage.Mappings;

namespace IntegrationHub.Server.Mappings;

/// <summary>
/// Checks mapping documents and lookup tables the way the engine will run them: structure against the published
/// schemas, expression syntax, and the lookup tables and target schema a mapping names (against the store's tables,
/// freshly loaded). Shared by the API, the designer and the start-up import.
/// </summary>
internal sealed class MappingDocumentService(MappingEngine engine, StoredLookupTables lookups)
{
    /// <summary>The largest document accepted, in bytes.</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    /// <summary>Parses and checks a document; every error at once.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="source">File name or "api"/"designer", used in errors.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<MappingCheck> CheckAsync(string json, string source, CancellationToken cancellationToken)
    {
        MappingDocument document;
        try
        {
            document = MappingDocument.Parse(json, source);
        }
        catch (MappingValidationException e)
        {
            return new MappingCheck(null, e.Errors);
        }

        await lookups.EnsureFreshAsync(cancellationToken);
        return new MappingCheck(document, engine.Validate(document));
    }

    /// <summary>Parses and checks a lookup table document; throws with every error when invalid.</summary>
    /// <exception cref="MappingValidationException">The table is invalid.</exception>
    public static (LookupTable Table, JsonObject Content) ParseLookup(string json, string source)
    {
        var table = LookupTable.Parse(json, source);
        return (table, JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject());
    }

    /// <summary>What the store keeps of a document.</summary>
    public static MappingDocumentInfo ToInfo(MappingDocument document) =>
        new(document.Id, document.Name, document.SourceSchema, document.TargetSchema, document.Json);

    /// <summary>Reads the mapping id of a document without validating it (for messages about documents that do not parse).</summary>
    public static string? PeekId(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
