using System.Security.Claims;

namespace IntegrationHub.Server.Security;

/// <summary>Who is acting, in the words the audit log uses.</summary>
internal static class PrincipalExtensions
{
    public static string ActorName(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static string ActorKind(this ClaimsPrincipal user) => user.FindFirstValue(HubClaims.ActorKind) ?? "anonymous";

    public static bool MustChangePassword(this ClaimsPrincipal user) =>
        string.Equals(user.FindFirstValue(HubClaims.MustChangePassword), "true", StringComparison.Ordinal);

    public static IReadOnlyList<string> HubRoles(this ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

    public static ClaimsPrincipal Create(string name, string kind, IEnumerable<string> roles, string scheme, bool mustChangePassword = false, Guid? userId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(HubClaims.ActorKind, kind),
            new(HubClaims.MustChangePassword, mustChangePassword ? "true" : "false"),
        };
        if (userId is { } id)
        {
            claims.Add(new Claim(HubClaims.UserId, id.ToString()));
        }

        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
