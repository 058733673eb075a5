using System.Text.Json.Nodes;

namespace IntegrationHub.Contracts.Designer;

/// <summary>A connection being created or changed.</summary>
public sealed record ConnectionDraft
{
    /// <summary>Gets the name (used on create only).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the connector name (used on create only).</summary>
    public string Connector { get; init; } = string.Empty;

    /// <summary>Gets the non-secret settings; they replace the stored ones as a whole.</summary>
    public JsonObject Settings { get; init; } = [];

    /// <summary>
    /// Gets the secret changes: a value sets the secret, null clears it, and a secret that is not listed keeps its stored
    /// value, so nobody has to know a secret to change other settings.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Secrets { get; init; } = new Dictionary<string, string?>();

    /// <summary>Gets the hosts outbound calls may reach.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Gets the version that was read (on change); the change is refused when somebody changed it meanwhile.</summary>
    public long? ExpectedVersion { get; init; }
}
