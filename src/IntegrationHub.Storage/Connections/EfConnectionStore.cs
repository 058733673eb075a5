using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Connections;

/// <summary>Connections in the hub's store; secrets arrive already encrypted and are stored as they are.</summary>
public sealed class EfConnectionStore(IHubDbContextFactory factory) : IConnectionStore
{
    /// <inheritdoc />
    public async Task<StoredConnection?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return row is null ? null : ToStored(row);
    }

    /// <inheritdoc />
    public async Task<StoredConnection?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var db = factory.CreateDbContext();
        var normalized = name.ToLowerInvariant();
        var row = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.NormalizedName == normalized, cancellationToken);
        return row is null ? null : ToStored(row);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredConnection>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return (await db.Connections.AsNoTracking().OrderBy(c => c.NormalizedName).ToListAsync(cancellationToken)).Select(ToStored).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(StoredConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = factory.CreateDbContext();
        db.Connections.Add(ToEntity(connection));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryUpdateAsync(StoredConnection connection, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = factory.CreateDbContext();
        var row = await db.Connections.SingleOrDefaultAsync(c => c.Id == connection.Id, cancellationToken);
        if (row is null || row.Version != expectedVersion)
        {
            return false;
        }

        var updated = ToEntity(connection);
        row.Name = updated.Name;
        row.NormalizedName = updated.NormalizedName;
        row.Connector = updated.Connector;
        row.Settings = updated.Settings;
        row.ProtectedSecrets = updated.ProtectedSecrets;
        row.AllowedHosts = updated.AllowedHosts;
        row.Version = connection.Version;
        row.UpdatedAt = connection.UpdatedAt;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Connections.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static StoredConnection ToStored(ConnectionEntity row) => new(
        row.Id,
        row.Name,
        row.Connector,
        JsonNode.Parse(row.Settings)!.AsObject(),
        JsonSerializer.Deserialize<Dictionary<string, string>>(row.ProtectedSecrets) ?? [],
        JsonSerializer.Deserialize<List<string>>(row.AllowedHosts) ?? [],
        row.Version,
        row.CreatedAt,
        row.UpdatedAt);

    private static ConnectionEntity ToEntity(StoredConnection c) => new()
    {
        Id = c.Id,
        Name = c.Name,
        NormalizedName = c.Name.ToLowerInvariant(),
        Connector = c.Connector,
        Settings = c.Settings.ToJsonString(),
        ProtectedSecrets = JsonSerializer.Serialize(c.ProtectedSecrets),
        AllowedHosts = JsonSerializer.Serialize(c.AllowedHosts),
        Version = c.Version,
        CreatedAt = c.CreatedAt,
        UpdatedAt = c.UpdatedAt,
    };
}
