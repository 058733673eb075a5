using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Edi.Internal;

/// <summary>Typed reads and compare-and-set updates of the connector's state entries.</summary>
internal static class StateJson
{
    private const int MaxConflictRetries = 50;

    public static JsonNode Serialize<T>(T value) => JsonSerializer.SerializeToNode(value, ConnectorJson.SerializerOptions)!;

    public static T Deserialize<T>(StateEntry entry) =>
        entry.Value.Deserialize<T>(ConnectorJson.SerializerOptions)
            ?? throw new ConnectorException(ErrorCategory.Platform, $"EDI state '{entry.Key}' is empty.", "state_invalid");

    public static async Task<T?> GetAsync<T>(IConnectorStateStore state, string key, CancellationToken cancellationToken)
        where T : class =>
        await state.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } entry ? Deserialize<T>(entry) : null;

    /// <summary>Applies a change with optimistic concurrency, re-reading and re-applying on conflict.</summary>
    public static async Task<T> UpdateAsync<T>(IConnectorStateStore state, string key, Func<T, T> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var entry = await state.GetAsync(key, cancellationToken).ConfigureAwait(false)
                ?? throw new ConnectorException(ErrorCategory.Platform, $"EDI state '{key}' disappeared.", "state_missing");
            var updated = change(Deserialize<T>(entry));
            if (await state.TryUpdateAsync(key, Serialize(updated), entry.Version, cancellationToken).ConfigureAwait(false) is not null)
            {
                return updated;
            }
        }

        throw new ConnectorException(ErrorCategory.Transient, $"EDI state '{key}' is being changed concurrently; try again.", "concurrency_conflict");
    }
}
