using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Flows.Validation;

/// <summary>
/// Validates a flow document and reads its model: JSON syntax, the published schema, then the semantic
/// rules. Every error is reported at once, each with file, JSON path and message.
/// </summary>
public static class FlowValidator
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    /// <summary>Validates the text of a flow document.</summary>
    public static FlowValidationResult Validate(string json, FlowValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        context ??= FlowValidationContext.Standalone;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "unknown position";
            return new FlowValidationResult(null, [new FlowValidationError(context.File, e.Path ?? "$", $"not valid JSON at {where}: {FirstSentence(e.Message)}", FlowValidationCodes.InvalidJson)]);
        }

        if (node is not JsonObject root)
        {
            return new FlowValidationResult(null, [new FlowValidationError(context.File, "$", "a flow document must be a JSON object", FlowValidationCodes.Schema)]);
        }

        return Validate(root, context);
    }

    /// <summary>Validates an already parsed flow document.</summary>
    public static FlowValidationResult Validate(JsonObject root, FlowValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        context ??= FlowValidationContext.Standalone;
        var definition = FlowDocumentReader.Read(root);
        var errors = FlowSchemaValidator.Validate(root, context.File)
            .Concat(new FlowSemanticValidator(definition, context).Validate())
            .DistinctBy(e => (e.Path, e.Message))
            .ToList();
        return new FlowValidationResult(definition, errors);
    }

    /// <summary>Validates and returns the model, or throws <see cref="FlowValidationException"/> with every error.</summary>
    public static Model.FlowDefinition Parse(string json, FlowValidationContext? context = null)
    {
        var result = Validate(json, context);
        return result.IsValid ? result.Definition! : throw new FlowValidationException(result.Errors);
    }

    /// <summary>Gets the text of the published flow schema (flows/schemas/flow.schema.json).</summary>
    public static string PublishedSchema => FlowSchemaValidator.ReadPublishedSchema();

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
