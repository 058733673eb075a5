using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Mapping.Documents;

/// <summary>
/// A parsed, structurally valid mapping document (<c>flows/mappings/*.map.json</c>). Create one with
/// <see cref="Parse"/>; references to lookup tables and schemas are checked by <see cref="MappingEngine.Validate"/>.
/// </summary>
public sealed class MappingDocument
{
    internal MappingDocument(JsonObject json, string source, IReadOnlyList<MappingRule> rules)
    {
        Json = json;
        Source = source;
        Rules = rules;
        Id = (string)json["id"]!;
        Name = (string)json["name"]!;
        Description = (string?)json["description"];
        Version = json["version"] is JsonValue v && v.TryGetValue<int>(out var version) ? version : null;
        SourceSchema = (string?)json["sourceSchema"];
        TargetSchema = (string?)json["targetSchema"];
        Sample = (string?)json["sample"];
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json.ToJsonString())));
    }

    /// <summary>The mapping id.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; }

    /// <summary>The informational version written in the file (the hub assigns real version numbers).</summary>
    public int? Version { get; }

    /// <summary>The source payload's schema id, if named.</summary>
    public string? SourceSchema { get; }

    /// <summary>The schema the output is validated against, if any.</summary>
    public string? TargetSchema { get; }

    /// <summary>The sample file name in <c>flows/samples</c>, if any.</summary>
    public string? Sample { get; }

    /// <summary>The rules in document order.</summary>
    public IReadOnlyList<MappingRule> Rules { get; }

    /// <summary>The document as parsed. Do not modify.</summary>
    public JsonObject Json { get; }

    /// <summary>Where the document came from (file name or "inline").</summary>
    public string Source { get; }

    /// <summary>SHA-256 (hex) of the document's compact JSON: equal hashes mean the same content, so an unchanged import creates no version.</summary>
    public string ContentHash { get; }

    /// <summary>Parses and structurally validates a document (schema and rule shapes, expression syntax).</summary>
    /// <param name="json">The document text.</param>
    /// <param name="source">File name or label used in errors.</param>
    /// <exception cref="MappingValidationException">The document is invalid; every error is listed.</exception>
    public static MappingDocument Parse(string json, string source = "inline")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new MappingValidationException([new(source, $"$ (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", "the file is not valid JSON: " + e.Message.Split(" Path:")[0], "json")]);
        }

        if (root is not JsonObject obj)
        {
            throw new MappingValidationException([new(source, "$", "a mapping document must be a JSON object", "schema")]);
        }

        return MappingDocumentParser.Parse(obj, source);
    }
}
