using IntegrationHub.Contracts.Security;

namespace IntegrationHub.Contracts.Designer;

/// <summary>The person using the designer and what their roles allow.</summary>
/// <param name="Name">User name; empty when nobody is signed in.</param>
/// <param name="Roles">Roles held (see <see cref="HubRoles"/>).</param>
/// <param name="MustChangePassword">True while a one-time password is in use: nothing but the password change is allowed.</param>
public sealed record DesignerSession(string Name, IReadOnlyList<string> Roles, bool MustChangePassword)
{
    /// <summary>Gets the session of nobody.</summary>
    public static DesignerSession Anonymous { get; } = new(string.Empty, [], false);

    /// <summary>Gets whether somebody is signed in.</summary>
    public bool IsAuthenticated => Name.Length > 0;

    /// <summary>Returns whether the roles satisfy a policy of <see cref="HubPolicies"/> (the server enforces the same rule).</summary>
    /// <param name="policy">A <see cref="HubPolicies"/> name.</param>
    public bool Allows(string policy) =>
        IsAuthenticated && !MustChangePassword
        && HubPolicies.Roles.TryGetValue(policy, out var admitted) && admitted.Any(r => Roles.Contains(r, StringComparer.Ordinal));
}
