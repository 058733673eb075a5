using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>Creates a connection.</summary>
/// <param name="Name">The unique name (letters, digits, '.', '_' and '-'; at most 100 characters).</param>
/// <param name="Connector">The connector name.</param>
/// <param name="Settings">The settings including secret values in clear (write-only: never returned).</param>
/// <param name="AllowedHosts">The SSRF allow-list; <see langword="null"/> for none.</param>
public sealed record CreateConnectionRequest(string Name, string Connector, JsonObject? Settings, IReadOnlyList<string>? AllowedHosts = null);
