using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>Updates a connection.</summary>
/// <param name="Settings">
/// The new settings. Non-secret settings are replaced as a whole. A secret setting that is absent keeps its stored value,
/// <see langword="null"/> clears it, a string replaces it; so clients never need to know a secret to change other settings.
/// </param>
/// <param name="AllowedHosts">The new allow-list; <see langword="null"/> keeps the current one.</param>
/// <param name="ExpectedVersion">The version the client read; <see langword="null"/> skips the concurrency check.</param>
public sealed record UpdateConnectionRequest(JsonObject? Settings, IReadOnlyList<string>? AllowedHosts = null, long? ExpectedVersion = null);
