using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;

namespace IntegrationHub.Runtime.Tests.Infrastructure;

/// <summary>Map and validate steps for executor tests: mappings are C# functions; "schemas" check required fields.</summary>
public sealed class ScriptedMappingGateway : IMappingGateway
{
    private readonly Dictionary<string, Func<JsonNode?, JsonNode?>> _mappings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _required = new(StringComparer.Ordinal);

    public void Mapping(string id, Func<JsonNode?, JsonNode?> map) => _mappings[id] = map;

    public void Schema(string id, params string[] requiredFields) => _required[id] = requiredFields;

    public Task<JsonNode?> MapAsync(string mappingId, JsonNode? source, CancellationToken cancellationToken) =>
        Task.FromResult(_mappings.TryGetValue(mappingId, out var map) ? map(source) : throw new StepFailedException(ErrorCategory.Platform, $"mapping '{mappingId}' is not installed"));

    public Task ValidateAsync(string schemaId, JsonNode? value, CancellationToken cancellationToken)
    {
        var missing = _required.GetValueOrDefault(schemaId, []).Where(f => value?[f] is null).ToList();
        return missing.Count == 0
            ? Task.CompletedTask
            : throw new StepFailedException(ErrorCategory.DataQuality, $"{schemaId}: missing {string.Join(", ", missing.Select(f => "$." + f))}", "schema");
    }
}
