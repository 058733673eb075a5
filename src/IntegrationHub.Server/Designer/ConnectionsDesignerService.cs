using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Catalog;
using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Security;

namespace IntegrationHub.Server.Designer;

/// <summary>
/// The designer's connectors and connections, in process: the catalog and the connection service behind
/// <c>/api/connectors</c> and <c>/api/connections</c> (validation, encryption, write-only secrets), with the same policies
/// and audit entries. The connection service is scoped (a DbContext), so each call gets its own scope.
/// </summary>
internal sealed class ConnectionsDesignerService(DesignerCaller caller, IConnectorCatalog catalog, IServiceScopeFactory scopes, DesignerAudit audit) : IConnectionsDesignerService
{
    public async Task<ConnectorCatalogInfo> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        cancellationToken.ThrowIfCancellationRequested();
        return new ConnectorCatalogInfo(
            [.. catalog.Connectors.Select(c => c.Descriptor).Select(d => new ConnectorInfo(
                d.Name,
                d.Version,
                d.DisplayName,
                d.Description,
                d.SettingsSchema.DeepClone().AsObject(),
                d.SecretSettings,
                [.. d.Operations.Select(o => new ConnectorOperationInfo(o.Name, o.Description, o.IsIdempotent, o.IsPageable, o.InputSchema.DeepClone().AsObject(), o.OutputSchema.DeepClone().AsObject()))]))],
            [.. catalog.LoadErrors.Select(e => new ConnectorLoadProblem(e.Location, e.Kind.ToString(), e.Message))]);
    }

    public async Task<IReadOnlyList<ConnectionDetails>> ListAsync(CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        var connections = await scope.ServiceProvider.GetRequiredService<IConnectionService>().ListAsync(cancellationToken);
        return [.. connections.Select(ToInfo).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<ConnectionDetails?> GetAsync(Guid connectionId, CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IConnectionService>().GetAsync(connectionId, cancellationToken) is { } view ? ToInfo(view) : null;
    }

    public async Task<ConnectionSaveResult> CreateAsync(ConnectionDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var user = await caller.RequireAsync(HubPolicies.Administer);
        await using var scope = scopes.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<IConnectionService>();
        return await SaveAsync(async () =>
        {
            // POST /api/connections: no route values, 201 Created.
            var view = await audit.RecordAsync(
                user,
                "connections.create",
                null,
                () => connections.CreateAsync(new CreateConnectionRequest(draft.Name, draft.Connector, Merge(draft), draft.AllowedHosts), cancellationToken),
                _ => StatusCodes.Status201Created);
            return ToInfo(view);
        });
    }

    public async Task<ConnectionSaveResult> UpdateAsync(Guid connectionId, ConnectionDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var user = await caller.RequireAsync(HubPolicies.Administer);
        await using var scope = scopes.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<IConnectionService>();
        return await SaveAsync(async () =>
        {
            var view = await audit.RecordAsync(
                user,
                "connections.update",
                connectionId.ToString(),
                () => connections.UpdateAsync(connectionId, new UpdateConnectionRequest(Merge(draft), draft.AllowedHosts, draft.ExpectedVersion), cancellationToken),
                v => v is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
            return view is null ? throw new DesignerException("The connection no longer exists.") : ToInfo(view);
        });
    }

    public async Task DeleteAsync(Guid connectionId, CancellationToken cancellationToken = default)
    {
        var user = await caller.RequireAsync(HubPolicies.Administer);
        await using var scope = scopes.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<IConnectionService>();
        var deleted = await audit.RecordAsync(
            user,
            "connections.delete",
            connectionId.ToString(),
            () => connections.DeleteAsync(connectionId, cancellationToken),
            found => found ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound);
        if (!deleted)
        {
            throw new DesignerException("The connection no longer exists.");
        }
    }

    public async Task<ConnectionTestOutcome> TestAsync(Guid connectionId, CancellationToken cancellationToken = default)
    {
        var user = await caller.RequireAsync(HubPolicies.Administer);
        await using var scope = scopes.CreateAsyncScope();
        var connections = scope.ServiceProvider.GetRequiredService<IConnectionService>();
        var result = await audit.RecordAsync(
            user,
            "connections.test",
            connectionId.ToString(),
            () => connections.TestAsync(connectionId, cancellationToken),
            r => r is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
        return result is null ? throw new DesignerException("The connection no longer exists.") : new ConnectionTestOutcome(result.Succeeded, result.Message);
    }

    /// <summary>The connection service takes secrets inside the settings: absent keeps, null clears, a string sets.</summary>
    private static JsonObject Merge(ConnectionDraft draft)
    {
        var settings = draft.Settings.DeepClone().AsObject();
        foreach (var (name, value) in draft.Secrets)
        {
            settings[name] = value is null ? null : JsonValue.Create(value);
        }

        return settings;
    }

    private static async Task<ConnectionSaveResult> SaveAsync(Func<Task<ConnectionDetails>> save)
    {
        try
        {
            return new ConnectionSaveResult(await save(), []);
        }
        catch (ConnectionValidationException e)
        {
            return new ConnectionSaveResult(null, [.. e.Errors.Select(x => new ConnectionFieldError(x.Field, x.Message))]);
        }
        catch (ConnectionConflictException e)
        {
            throw new DesignerException(e.Message, e);
        }
    }

    private static ConnectionDetails ToInfo(ConnectionView v) =>
        new(v.Id, v.Name, v.Connector, v.Settings.DeepClone().AsObject(), v.SecretsSet, v.AllowedHosts, v.Version, v.CreatedAt, v.UpdatedAt);
}
