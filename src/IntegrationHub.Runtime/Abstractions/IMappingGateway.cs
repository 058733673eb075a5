using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Abstractions;

/// <summary>How the runtime applies mappings and validates against schemas (dataQuality failures as <see cref="StepFailedException"/>).</summary>
public interface IMappingGateway
{
    /// <summary>Maps a source document with a mapping.</summary>
    Task<JsonNode?> MapAsync(string mappingId, JsonNode? source, CancellationToken cancellationToken);

    /// <summary>Validates a value against a schema; throws with every error when invalid.</summary>
    Task ValidateAsync(string schemaId, JsonNode? value, CancellationToken cancellationToken);
}
