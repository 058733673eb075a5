using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Mapping;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Execution;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Server.Mappings;

namespace IntegrationHub.Server.Runtime;

/// <summary>
/// The runtime's port to the mapping engine. A map step runs the latest published version of its mapping in the
/// store (asked on every step, so a publish or retire takes effect at once on every node); each version is parsed and
/// compiled once (cached by id and version, which never change). Lookup tables are the store's, at most two seconds old.
/// </summary>
internal sealed class MappingGateway(MappingEngine engine, StoredMappings mappings, StoredLookupTables lookups) : IMappingGateway
{
    private const int MaxErrorsInMessage = 10;

    public async Task<JsonNode?> MapAsync(string mappingId, JsonNode? source, CancellationToken cancellationToken)
    {
        await lookups.EnsureFreshAsync(cancellationToken);
        (MappingDocument Document, int Version)? published;
        try
        {
            published = await mappings.GetPublishedAsync(mappingId, cancellationToken);
        }
        catch (MappingValidationException e)
        {
            throw new StepFailedException(ErrorCategory.Platform, $"mapping '{mappingId}' in the store cannot be read: {e.Message}", "mapping-unreadable");
        }

        if (published is not { } found)
        {
            throw new StepFailedException(ErrorCategory.Platform, $"mapping '{mappingId}' has no published version (import flows/mappings/{mappingId}.map.json or publish it)", "mapping-missing");
        }

        MappingResult result;
        try
        {
            result = engine.Map(found.Document, source ?? new JsonObject(), null, cancellationToken);
        }
        catch (MappingException e)
        {
            throw Failed(mappingId, found.Version, e.Errors);
        }

        return result.Succeeded ? result.Output : throw Failed(mappingId, found.Version, result.Errors);
    }

    public Task ValidateAsync(string schemaId, JsonNode? value, CancellationToken cancellationToken)
    {
        var schema = engine.Catalog.FindSchema(schemaId)
            ?? throw new StepFailedException(ErrorCategory.Platform, $"schema '{schemaId}' is not installed (flows/schemas/{schemaId}.schema.json)", "schema-missing");
        var errors = schema.Validate(value);
        if (errors.Count == 0)
        {
            return Task.CompletedTask;
        }

        var shown = string.Join("; ", errors.Take(MaxErrorsInMessage).Select(e => $"{e.Path}: {e.Message}"));
        throw new StepFailedException(ErrorCategory.DataQuality, $"the value does not satisfy schema '{schemaId}' ({errors.Count} error(s)): {shown}", "schema");
    }

    private static StepFailedException Failed(string mappingId, int version, IReadOnlyList<MappingError> errors)
    {
        var category = errors.Any(e => e.Category == ErrorCategory.Platform) ? ErrorCategory.Platform : ErrorCategory.DataQuality;
        var shown = string.Join("; ", errors.Take(MaxErrorsInMessage).Select(e => e.ToString()));
        var more = errors.Count > MaxErrorsInMessage ? $" (+{errors.Count - MaxErrorsInMessage} more)" : string.Empty;
        return new StepFailedException(category, $"mapping '{mappingId}' version {version} failed with {errors.Count} error(s): {shown}{more}", "mapping");
    }
}
