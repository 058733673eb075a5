using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Apis;

/// <summary>API keys for machines (admin only). A key's value is shown once, at creation.</summary>
internal static class ApiKeysApi
{
    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/api-keys").WithTags("API keys").RequireAuthorization(HubPolicies.Administer);
        api.MapGet("/", ListAsync);
        api.MapPost("/", CreateAsync).Audited("apiKeys.create");
        api.MapDelete("/{id:guid}", RevokeAsync).Audited("apiKeys.revoke");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyDto>>> ListAsync(ApiKeyRepository keys, CancellationToken ct) => TypedResults.Ok(await keys.ListAsync(ct));

    private static async Task<Results<Created<CreatedApiKey>, ProblemHttpResult>> CreateAsync(CreateApiKeyRequest request, HttpContext http, ApiKeyRepository keys, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["1 to 200 characters saying what the key is for"];
        }

        if (UsersApi.RoleErrors(request.Roles) is { } roleError)
        {
            errors["roles"] = [roleError];
        }

        if (errors.Count > 0)
        {
            return HubProblems.Invalid("The API key cannot be created", errors);
        }

        var created = await keys.CreateAsync(request.Name.Trim(), request.Roles, http.User.ActorName(), cancellationToken: ct);
        return TypedResults.Created($"/api/api-keys/{created.ApiKey.Id}", created);
    }

    private static async Task<Ok<ApiKeyDto>> RevokeAsync(Guid id, ApiKeyRepository keys, ApiKeyCache cache, CancellationToken ct)
    {
        var revoked = await keys.RevokeAsync(id, ct);

        // The key stops working on this node at once (other nodes within ApiKeyCache.Lifetime).
        cache.Clear();
        return TypedResults.Ok(revoked);
    }
}
