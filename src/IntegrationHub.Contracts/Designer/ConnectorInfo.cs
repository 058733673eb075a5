using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Designer;

/// <summary>A connector: what it is, its connection settings and its operations.</summary>
/// <param name="Name">The unique connector name flows refer to.</param>
/// <param name="Version">The connector's version.</param>
/// <param name="DisplayName">The name people read.</param>
/// <param name="Description">One sentence about it.</param>
/// <param name="SettingsSchema">The JSON Schema of the connection settings (secret settings are <c>writeOnly</c>).</param>
/// <param name="SecretSettings">The names of the secret settings.</param>
/// <param name="Operations">The operations, ordered by name.</param>
public sealed record ConnectorInfo(
    string Name,
    string Version,
    string DisplayName,
    string? Description,
    JsonObject SettingsSchema,
    IReadOnlyList<string> SecretSettings,
    IReadOnlyList<ConnectorOperationInfo> Operations);
