using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Tests.Fakes;

/// <summary>
/// Connections in memory, behaving like the hub's service towards the browser: secret values sent in drafts are kept here
/// and never returned, only their names in <see cref="ConnectionDetails.SecretsSet"/>.
/// </summary>
internal sealed class FakeConnectionsDesignerService : IConnectionsDesignerService
{
    private static readonly DateTimeOffset Written = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public List<ConnectorInfo> Connectors { get; } = [];

    public Dictionary<Guid, ConnectionDetails> Connections { get; } = [];

    public Dictionary<Guid, Dictionary<string, string>> StoredSecrets { get; } = [];

    public List<ConnectionDraft> Created { get; } = [];

    public List<(Guid Id, ConnectionDraft Draft)> Updated { get; } = [];

    public Func<ConnectionDraft, IReadOnlyList<ConnectionFieldError>> Validator { get; set; } = _ => [];

    public Task<ConnectorCatalogInfo> GetCatalogAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ConnectorCatalogInfo(Connectors, []));

    public Task<IReadOnlyList<ConnectionDetails>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ConnectionDetails>>([.. Connections.Values]);

    public Task<ConnectionDetails?> GetAsync(Guid connectionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Connections.TryGetValue(connectionId, out var c) ? c : null);

    public Task<ConnectionSaveResult> CreateAsync(ConnectionDraft draft, CancellationToken cancellationToken = default)
    {
        Created.Add(draft);
        var errors = Validator(draft);
        if (errors.Count > 0)
        {
            return Task.FromResult(new ConnectionSaveResult(null, errors));
        }

        var id = Guid.NewGuid();
        StoredSecrets[id] = draft.Secrets.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!);
        var created = new ConnectionDetails(id, draft.Name, draft.Connector, draft.Settings.DeepClone().AsObject(), [.. StoredSecrets[id].Keys], draft.AllowedHosts, 1, Written, Written);
        Connections[id] = created;
        return Task.FromResult(new ConnectionSaveResult(created, []));
    }

    public Task<ConnectionSaveResult> UpdateAsync(Guid connectionId, ConnectionDraft draft, CancellationToken cancellationToken = default)
    {
        Updated.Add((connectionId, draft));
        var errors = Validator(draft);
        if (errors.Count > 0)
        {
            return Task.FromResult(new ConnectionSaveResult(null, errors));
        }

        var secrets = StoredSecrets.TryGetValue(connectionId, out var s) ? s : [];
        foreach (var (name, value) in draft.Secrets)
        {
            if (value is null)
            {
                secrets.Remove(name);
            }
            else
            {
                secrets[name] = value;
            }
        }

        StoredSecrets[connectionId] = secrets;
        var existing = Connections[connectionId];
        var updated = existing with { Settings = draft.Settings.DeepClone().AsObject(), SecretsSet = [.. secrets.Keys], AllowedHosts = draft.AllowedHosts, Version = existing.Version + 1 };
        Connections[connectionId] = updated;
        return Task.FromResult(new ConnectionSaveResult(updated, []));
    }

    public Task DeleteAsync(Guid connectionId, CancellationToken cancellationToken = default)
    {
        Connections.Remove(connectionId);
        return Task.CompletedTask;
    }

    public Task<ConnectionTestOutcome> TestAsync(Guid connectionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ConnectionTestOutcome(true, $"{Connections[connectionId].Name} answered."));

    public ConnectionDetails Add(string name, string connector, JsonObject settings, Dictionary<string, string> secrets)
    {
        var id = Guid.NewGuid();
        StoredSecrets[id] = secrets;
        var details = new ConnectionDetails(id, name, connector, settings, [.. secrets.Keys], [], 3, Written, Written);
        Connections[id] = details;
        return details;
    }
}
