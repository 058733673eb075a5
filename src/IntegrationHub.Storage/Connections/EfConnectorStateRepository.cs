using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.State;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage.Connections;

/// <summary>
/// Connector state in the hub's store, so connectors such as the Sandbox survive restarts and are shared
/// by all nodes. Create-if-absent is atomic through the primary key; updates and deletes check the version.
/// </summary>
public sealed class EfConnectorStateRepository(IHubDbContextFactory factory, TimeProvider clock) : IConnectorStateRepository
{
    /// <inheritdoc />
    public async Task<StateEntry?> GetAsync(string scope, string key, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.ConnectorState.AsNoTracking().SingleOrDefaultAsync(s => s.Scope == scope && s.Key == key, cancellationToken);
        return row is null ? null : ToEntry(row);
    }

    /// <inheritdoc />
    public async Task<StateCreateResult> TryCreateAsync(string scope, string key, JsonNode value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        await using (var db = factory.CreateDbContext())
        {
            var row = new ConnectorStateEntity { Scope = scope, Key = key, Value = value.ToJsonString(), Version = 1, UpdatedAt = clock.GetUtcNow() };
            db.ConnectorState.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new StateCreateResult(true, ToEntry(row));
            }
            catch (DbUpdateException)
            {
                // Someone created it first: answer with theirs.
            }
        }

        var existing = await GetAsync(scope, key, cancellationToken)
            ?? throw new InvalidOperationException($"state {scope}/{key} could not be created and does not exist");
        return new StateCreateResult(false, existing);
    }

    /// <inheritdoc />
    public async Task<StateEntry?> TryUpdateAsync(string scope, string key, JsonNode value, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        await using var db = factory.CreateDbContext();
        var text = value.ToJsonString();
        var now = clock.GetUtcNow();
        var updated = await db.ConnectorState
            .Where(s => s.Scope == scope && s.Key == key && s.Version == expectedVersion)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, text).SetProperty(s => s.Version, expectedVersion + 1).SetProperty(s => s.UpdatedAt, now), cancellationToken);
        return updated == 0 ? null : new StateEntry(key, value.DeepClone(), expectedVersion + 1);
    }

    /// <inheritdoc />
    public async Task<bool> TryDeleteAsync(string scope, string key, long expectedVersion, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.ConnectorState.Where(s => s.Scope == scope && s.Key == key && s.Version == expectedVersion).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StateEntry>> ListAsync(string scope, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await using var db = factory.CreateDbContext();
        var rows = await db.ConnectorState.AsNoTracking()
            .Where(s => s.Scope == scope && s.Key.StartsWith(prefix))
            .OrderBy(s => s.Key)
            .ToListAsync(cancellationToken);
        return rows.Select(ToEntry).ToList();
    }

    private static StateEntry ToEntry(ConnectorStateEntity row) => new(row.Key, JsonNode.Parse(row.Value)!, row.Version);
}
