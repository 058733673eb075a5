using IntegrationHub.Server.Audit;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Marks an endpoint as mutating: it gets an action name and an audit-log entry per call.</summary>
internal static class AuditedEndpointExtensions
{
    public static RouteHandlerBuilder Audited(this RouteHandlerBuilder builder, string action) =>
        builder.WithName(action).AddEndpointFilter(new AuditFilter(action));
}
