using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Validation;
using NJsonSchema;
using NJsonSchema.Validation;

namespace IntegrationHub.Mapping.Catalog;

/// <summary>A JSON Schema (canonical model or partner format) that mapping outputs are validated against.</summary>
public sealed class SchemaDocument
{
    private SchemaDocument(string id, string json, JsonSchema schema)
    {
        Id = id;
        Json = json;
        Compiled = schema;
        Checks = CompiledSchema.TryCompile(json);
    }

    /// <summary>The schema id: the file name without <c>.schema.json</c>, e.g. <c>sales-order</c>.</summary>
    public string Id { get; }

    /// <summary>The schema text.</summary>
    public string Json { get; }

    /// <summary>The title, if any.</summary>
    public string? Title => Compiled.Title;

    internal JsonSchema Compiled { get; }

    /// <summary>The schema compiled to direct checks, or null when it uses keywords they do not implement.</summary>
    internal CompiledSchema? Checks { get; }

    /// <summary>Validates a value against this schema; returns every error with its JSON path (empty when valid).</summary>
    /// <param name="value">The value to check.</param>
    public IReadOnlyList<(string Path, string Message)> Validate(JsonNode? value) =>
        Confirms(value) ? [] : SchemaErrors.Describe(ValidateNode(value)).ToList();

    /// <summary>
    /// True when the compiled checks confirm the value satisfies the schema, so NJsonSchema need not run; false means
    /// it must (the value may still be valid).
    /// </summary>
    internal bool Confirms(JsonNode? value) => Checks?.Accepts(value) == true;

    /// <summary>NJsonSchema's errors for a value, validated as a token built from the node (no JSON text round trip).</summary>
    internal ICollection<ValidationError> ValidateNode(JsonNode? value) =>
        Validator.Validate(JsonTokens.From(value), Compiled, SchemaType.JsonSchema);

    /// <summary>One validator for every schema: it holds only the (stateless) format validators, built once.</summary>
    private static readonly JsonSchemaValidator Validator = new();

    /// <summary>Parses a schema.</summary>
    /// <param name="id">The schema id.</param>
    /// <param name="json">The schema text (draft-07, self-contained).</param>
    /// <exception cref="ArgumentException">The text is not a usable JSON Schema.</exception>
    public static SchemaDocument Parse(string id, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            _ = JsonNode.Parse(json);
            return new SchemaDocument(id, json, JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or Newtonsoft.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            throw new ArgumentException($"Schema '{id}' is not a usable JSON Schema: {e.Message}", nameof(json), e);
        }
    }
}
