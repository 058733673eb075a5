using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace IntegrationHub.Server.Apis;

/// <summary>User administration (admin only).</summary>
internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(HubPolicies.Administer);
        api.MapGet("/", ListAsync);
        api.MapPost("/", CreateAsync).Audited("users.create");
        api.MapPatch("/{id:guid}", UpdateAsync).Audited("users.update");
        api.MapPost("/{id:guid}/reset-password", ResetPasswordAsync).Audited("users.resetPassword");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<UserDto>>> ListAsync(UserRepository users, CancellationToken ct) => TypedResults.Ok(await users.ListAsync(ct));

    private static async Task<Results<Created<CreatedUser>, ProblemHttpResult>> CreateAsync(CreateUserRequest request, UserRepository users, IPasswordHasher<string> hasher, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 100 || !request.UserName.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
        {
            errors["userName"] = ["1 to 100 letters, digits, '.', '_', '-' or '@'"];
        }

        if (RoleErrors(request.Roles) is { } roleError)
        {
            errors["roles"] = [roleError];
        }

        if (errors.Count > 0)
        {
            return HubProblems.Invalid("The user cannot be created", errors);
        }

        var password = PasswordPolicy.GenerateOneTime();
        var user = await users.CreateAsync(request.UserName, hasher.HashPassword(request.UserName.Trim().ToLowerInvariant(), password), request.Roles, mustChangePassword: true, ct);
        return TypedResults.Created($"/api/users/{user.Id}", new CreatedUser(UserRepository.ToDto(user), password));
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> UpdateAsync(Guid id, UpdateUserRequest request, UserRepository users, CancellationToken ct)
    {
        var user = await users.FindAsync(id, ct);
        if (user is null)
        {
            return HubProblems.NotFound($"user {id} does not exist");
        }

        if (request.Roles is { } roles)
        {
            if (RoleErrors(roles) is { } roleError)
            {
                return HubProblems.Invalid("The user cannot be changed", new Dictionary<string, string[]> { ["roles"] = [roleError] });
            }

            user.Roles = string.Join(',', roles);
        }

        if (request.Disabled is { } disabled)
        {
            user.Disabled = disabled;
        }

        await users.SaveAsync(user, ct);
        return TypedResults.Ok(UserRepository.ToDto(user));
    }

    private static async Task<Results<Ok<CreatedUser>, ProblemHttpResult>> ResetPasswordAsync(Guid id, UserRepository users, IPasswordHasher<string> hasher, CancellationToken ct)
    {
        var user = await users.FindAsync(id, ct);
        if (user is null)
        {
            return HubProblems.NotFound($"user {id} does not exist");
        }

        var password = PasswordPolicy.GenerateOneTime();
        user.PasswordHash = hasher.HashPassword(user.UserName, password);
        user.MustChangePassword = true;
        user.LockedUntil = null;
        await users.SaveAsync(user, ct);
        return TypedResults.Ok(new CreatedUser(UserRepository.ToDto(user), password));
    }

    internal static string? RoleErrors(IReadOnlyList<string>? roles)
    {
        if (roles is null || roles.Count == 0)
        {
            return $"at least one role of: {string.Join(", ", HubRoles.All)}";
        }

        var unknown = roles.Where(r => !HubRoles.All.Contains(r)).ToList();
        return unknown.Count > 0 ? $"unknown role(s) {string.Join(", ", unknown)}; known: {string.Join(", ", HubRoles.All)}" : null;
    }
}
