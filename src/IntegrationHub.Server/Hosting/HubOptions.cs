namespace IntegrationHub.Server.Hosting;

/// <summary>Host-level settings. Section <c>Hub</c>; per-flow settings live in flow files, not here.</summary>
public sealed class HubOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hub";

    /// <summary>Gets or sets the listen URLs (semicolon separated).</summary>
    /// <value>The default value is <c>http://127.0.0.1:5080</c>: loopback only until you decide otherwise.</value>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Gets or sets what this process does: <c>all</c>, <c>api</c> (no background work) or <c>worker</c> (no API).</summary>
    /// <value>The default value is <c>all</c>.</value>
    public string Role { get; set; } = "all";

    /// <summary>Gets whether this process runs background jobs.</summary>
    public bool RunsWorker => Role is "all" or "worker";
}
