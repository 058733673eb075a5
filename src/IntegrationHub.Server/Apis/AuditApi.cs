using IntegrationHub.Contracts.Audit;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Storage.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Apis;

/// <summary>The audit trail (admin only).</summary>
internal static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", QueryAsync).WithTags("Audit").RequireAuthorization(HubPolicies.Administer);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<AuditEntryDto>>> QueryAsync(
        AuditLog audit, string? actor, string? action, string? target, DateTimeOffset? from, DateTimeOffset? to, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await audit.QueryAsync(actor, action, target, from, to, limit ?? 100, ct));
}
