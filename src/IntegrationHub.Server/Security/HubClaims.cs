namespace IntegrationHub.Server.Security;

/// <summary>Claim types and scheme names of the hub's principals.</summary>
internal static class HubClaims
{
    public const string ActorKind = "hub:actor_kind";
    public const string MustChangePassword = "hub:must_change_password";
    public const string UserId = "hub:user_id";

    public const string UserKind = "user";
    public const string ApiKeyKind = "apiKey";

    public const string SelectorScheme = "Hub";
    public const string CookieScheme = "HubCookie";
    public const string ApiKeyScheme = "HubApiKey";
    public const string ApiKeyHeader = "X-Api-Key";
}
