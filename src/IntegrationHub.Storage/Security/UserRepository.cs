using IntegrationHub.Contracts.Security;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Security;

/// <summary>People who log in. Password hashing is the caller's (the server's) job.</summary>
public sealed class UserRepository(HubDbContext db, TimeProvider clock)
{
    /// <summary>Returns whether any user exists (bootstrap runs only while none does).</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => db.Users.AnyAsync(cancellationToken);

    /// <summary>Finds a user by login name (case-insensitive); null when unknown.</summary>
    public Task<UserEntity?> FindByNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        var normalized = Normalize(userName);
        return db.Users.SingleOrDefaultAsync(u => u.UserName == normalized, cancellationToken);
    }

    /// <summary>Finds a user by id; null when unknown.</summary>
    public Task<UserEntity?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    /// <summary>Lists users by name.</summary>
    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken)).Select(ToDto).ToList();

    /// <summary>Creates a user; throws a conflict when the name is taken.</summary>
    public async Task<UserEntity> CreateAsync(string userName, string passwordHash, IReadOnlyList<string> roles, bool mustChangePassword, CancellationToken cancellationToken = default)
    {
        var user = new UserEntity
        {
            Id = Guid.NewGuid(),
            UserName = Normalize(userName),
            PasswordHash = passwordHash,
            Roles = string.Join(',', roles),
            MustChangePassword = mustChangePassword,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw StoreException.Conflict($"a user named '{user.UserName}' already exists");
        }

        return user;
    }

    /// <summary>Saves changes made to a tracked user.</summary>
    public async Task SaveAsync(UserEntity user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw StoreException.Conflict($"user '{user.UserName}' was changed by someone else; reload and try again");
        }
    }

    /// <summary>Maps a user to its API form.</summary>
    public static UserDto ToDto(UserEntity user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new UserDto(user.Id, user.UserName, SplitRoles(user.Roles), user.Disabled, user.MustChangePassword, user.CreatedAt);
    }

    /// <summary>Splits a stored role list.</summary>
    public static IReadOnlyList<string> SplitRoles(string roles) =>
        (roles ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Normalize(string userName) => userName.Trim().ToLowerInvariant();
}
