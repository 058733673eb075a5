using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Mapping;
using IntegrationHub.Runtime.Abstractions;

namespace IntegrationHub.Server.Runtime;

/// <summary>The runtime's port to the mapping engine: map steps and validate steps.</summary>
internal sealed class MappingGateway(MappingEngine engine) : IMappingGateway
{
    private const int MaxErrorsInMessage = 10;

    public Task<JsonNode?> MapAsync(string mappingId, JsonNode? source, CancellationToken cancellationToken)
    {
        var result = engine.Map(mappingId, source ?? new JsonObject(), cancellationToken);
        if (result.Succeeded)
        {
            return Task.FromResult(result.Output);
        }

        var category = result.Errors.Any(e => e.Category == ErrorCategory.Platform) ? ErrorCategory.Platform : ErrorCategory.DataQuality;
        var shown = string.Join("; ", result.Errors.Take(MaxErrorsInMessage).Select(e => e.ToString()));
        var more = result.Errors.Count > MaxErrorsInMessage ? $" (+{result.Errors.Count - MaxErrorsInMessage} more)" : string.Empty;
        throw new StepFailedException(category, $"mapping '{mappingId}' failed with {result.Errors.Count} error(s): {shown}{more}", "mapping");
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
}
