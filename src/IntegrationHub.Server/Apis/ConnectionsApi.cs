using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Apis;

/// <summary>Connections: admins create, change, delete and test them. Secrets are write-only: reads say only which are set.</summary>
internal static class ConnectionsApi
{
    public static IEndpointRouteBuilder MapConnectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/connections").WithTags("Connections");
        api.MapGet("/", async (IConnectionService connections, CancellationToken ct) => TypedResults.Ok(await connections.ListAsync(ct))).RequireAuthorization(HubPolicies.View);
        api.MapGet("/{id:guid}", GetAsync).RequireAuthorization(HubPolicies.View);
        api.MapPost("/", CreateAsync).RequireAuthorization(HubPolicies.Administer).Audited("connections.create");
        api.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(HubPolicies.Administer).Audited("connections.update");
        api.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(HubPolicies.Administer).Audited("connections.delete");
        api.MapPost("/{id:guid}/test", TestAsync).RequireAuthorization(HubPolicies.Administer).Audited("connections.test");
        return app;
    }

    private static async Task<Results<Ok<ConnectionView>, ProblemHttpResult>> GetAsync(Guid id, IConnectionService connections, CancellationToken ct) =>
        await connections.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : HubProblems.NotFound($"connection {id} does not exist");

    private static async Task<Created<ConnectionView>> CreateAsync(CreateConnectionRequest request, IConnectionService connections, CancellationToken ct)
    {
        var view = await connections.CreateAsync(request, ct);
        return TypedResults.Created($"/api/connections/{view.Id}", view);
    }

    private static async Task<Results<Ok<ConnectionView>, ProblemHttpResult>> UpdateAsync(Guid id, UpdateConnectionRequest request, IConnectionService connections, CancellationToken ct) =>
        await connections.UpdateAsync(id, request, ct) is { } view ? TypedResults.Ok(view) : HubProblems.NotFound($"connection {id} does not exist");

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, IConnectionService connections, CancellationToken ct) =>
        await connections.DeleteAsync(id, ct) ? TypedResults.NoContent() : HubProblems.NotFound($"connection {id} does not exist");

    private static async Task<IResult> TestAsync(Guid id, IConnectionService connections, CancellationToken ct) =>
        await connections.TestAsync(id, ct) is { } result ? TypedResults.Ok(result) : HubProblems.NotFound($"connection {id} does not exist");
}
