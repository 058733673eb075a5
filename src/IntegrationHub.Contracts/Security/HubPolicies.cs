namespace IntegrationHub.Contracts.Security;

/// <summary>Authorization policies and the roles each admits.</summary>
public static class HubPolicies
{
    /// <summary>Read access: any role.</summary>
    public const string View = "hub:view";

    /// <summary>Edit drafts, mappings, validate.</summary>
    public const string EditDrafts = "hub:edit-drafts";

    /// <summary>Publish and retire versions.</summary>
    public const string Publish = "hub:publish";

    /// <summary>Operate runs: replay, retry, skip, cancel.</summary>
    public const string Operate = "hub:operate";

    /// <summary>Administer connections, users, keys.</summary>
    public const string Administer = "hub:admin";

    /// <summary>Gets the roles each policy admits.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [View] = HubRoles.All,
        [EditDrafts] = [HubRoles.Analyst, HubRoles.Publisher, HubRoles.Admin],
        [Publish] = [HubRoles.Publisher, HubRoles.Admin],
        [Operate] = [HubRoles.Operator, HubRoles.Admin],
        [Administer] = [HubRoles.Admin],
    };
}
