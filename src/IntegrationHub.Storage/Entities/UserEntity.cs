namespace IntegrationHub.Storage.Entities;

/// <summary>A person who logs in.</summary>
public sealed class UserEntity
{
    public Guid Id { get; set; }

    public required string UserName { get; set; }

    /// <summary>ASP.NET Core Identity password hash (PBKDF2), never the password.</summary>
    public required string PasswordHash { get; set; }

    /// <summary>Roles, comma separated.</summary>
    public required string Roles { get; set; }

    public bool MustChangePassword { get; set; }

    public bool Disabled { get; set; }

    public int FailedLogins { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
