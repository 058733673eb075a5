using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Sdk;

/// <summary>What the designer and the runtime know about a connector.</summary>
/// <param name="Name">The unique connector name.</param>
/// <param name="Version">The connector's semantic version.</param>
/// <param name="DisplayName">The name shown in the designer.</param>
/// <param name="Description">A one-sentence description.</param>
/// <param name="RequiredSdkVersion">The connector SDK version it needs.</param>
/// <param name="SettingsSchema">The JSON Schema of the connection settings (secrets are <c>writeOnly</c>).</param>
/// <param name="SecretSettings">The JSON names of the secret settings.</param>
/// <param name="Operations">The operations, ordered by name.</param>
public sealed record ConnectorDescriptor(
    string Name,
    string Version,
    string DisplayName,
    string? Description,
    string RequiredSdkVersion,
    JsonObject SettingsSchema,
    IReadOnlyList<string> SecretSettings,
    IReadOnlyList<OperationDescriptor> Operations);
