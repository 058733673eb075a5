using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Security;

/// <summary>Machine credentials: created once, shown once, stored as a SHA-256 hash.</summary>
public sealed class ApiKeyRepository(HubDbContext db, TimeProvider clock)
{
    private const string KeyPrefix = "ih_";
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Creates a key with a fresh random value (or the given one, for unattended bootstrap).</summary>
    public async Task<CreatedApiKey> CreateAsync(string name, IReadOnlyList<string> roles, string actor, string? presetKey = null, CancellationToken cancellationToken = default)
    {
        var key = presetKey ?? KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var entity = new ApiKeyEntity
        {
            Id = Guid.NewGuid(),
            Name = name,
            Prefix = key[..Math.Min(10, key.Length)],
            Hash = Hash(key),
            Roles = string.Join(',', roles),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor,
        };
        db.ApiKeys.Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw StoreException.Conflict("this API key value is already registered");
        }

        return new CreatedApiKey(ToDto(entity), key);
    }

    /// <summary>Finds the active key matching a presented value; null when unknown or revoked.</summary>
    public async Task<ApiKeyEntity?> FindActiveAsync(string presentedKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        var hash = Hash(presentedKey);
        var entity = await db.ApiKeys.SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (entity is null || entity.RevokedAt is not null)
        {
            return null;
        }

        // Equality of SHA-256 hashes found through an index: compare again in constant time anyway.
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(entity.Hash), Encoding.ASCII.GetBytes(hash)))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (entity.LastUsedAt is null || now - entity.LastUsedAt > LastUsedResolution)
        {
            entity.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return entity;
    }

    /// <summary>Lists keys (never their values).</summary>
    public async Task<IReadOnlyList<ApiKeyDto>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(cancellationToken)).Select(ToDto).ToList();

    /// <summary>Revokes a key; it stops working at once.</summary>
    public async Task<ApiKeyDto> RevokeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var entity = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw StoreException.NotFound($"API key {id} does not exist");
        entity.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(entity);
    }

    private static ApiKeyDto ToDto(ApiKeyEntity k) =>
        new(k.Id, k.Name, k.Prefix, UserRepository.SplitRoles(k.Roles), k.CreatedAt, k.CreatedBy, k.LastUsedAt, k.RevokedAt);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
