using Hangfire.Dashboard;
using IntegrationHub.Contracts.Security;

namespace IntegrationHub.Server.Security;

/// <summary>The Hangfire dashboard is for operators and admins only.</summary>
internal sealed class HangfireDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && !user.MustChangePassword()
            && (user.IsInRole(HubRoles.Operator) || user.IsInRole(HubRoles.Admin));
    }
}
