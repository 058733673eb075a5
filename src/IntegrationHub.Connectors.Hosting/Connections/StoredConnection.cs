using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>A connection as stored: non-secret settings in clear, each secret encrypted on its own.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The unique name flows refer to.</param>
/// <param name="Connector">The connector name.</param>
/// <param name="Settings">The non-secret settings (a JSON object).</param>
/// <param name="ProtectedSecrets">Secret setting name → ciphertext from <see cref="Secrets.IConnectionSecretProtector"/>.</param>
/// <param name="AllowedHosts">The SSRF allow-list.</param>
/// <param name="Version">The concurrency version, incremented by every update (1 when created).</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
public sealed record StoredConnection(
    Guid Id,
    string Name,
    string Connector,
    JsonObject Settings,
    IReadOnlyDictionary<string, string> ProtectedSecrets,
    IReadOnlyList<string> AllowedHosts,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
