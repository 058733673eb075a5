using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Designer;

/// <summary>A connection as the designer shows it: never a secret value, only which secrets are set.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name flows refer to.</param>
/// <param name="Connector">The connector name.</param>
/// <param name="Settings">The non-secret settings.</param>
/// <param name="SecretsSet">The names of the secret settings that have a value.</param>
/// <param name="AllowedHosts">Hosts outbound calls may reach (SSRF allow-list).</param>
/// <param name="Version">The version to send back when changing it (concurrency check).</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
public sealed record ConnectionDetails(
    Guid Id,
    string Name,
    string Connector,
    JsonObject Settings,
    IReadOnlyList<string> SecretsSet,
    IReadOnlyList<string> AllowedHosts,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
