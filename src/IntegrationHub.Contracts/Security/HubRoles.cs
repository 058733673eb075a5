namespace IntegrationHub.Contracts.Security;

/// <summary>The roles of people and API keys. A principal may hold several.</summary>
public static class HubRoles
{
    /// <summary>Reads everything except secrets.</summary>
    public const string Viewer = "viewer";

    /// <summary>Edits drafts and mappings; validates.</summary>
    public const string Analyst = "analyst";

    /// <summary>Publishes and retires versions (and edits drafts).</summary>
    public const string Publisher = "publisher";

    /// <summary>Replays, retries, skips and cancels runs.</summary>
    public const string Operator = "operator";

    /// <summary>Everything, including connections, users and API keys.</summary>
    public const string Admin = "admin";

    /// <summary>Gets every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Publisher, Operator, Admin];
}
