using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// The hub's configured connections and its connectors (with their operations and schemas), loaded once per editor
/// page through <see cref="IConnectionsDesignerService"/>, whose reads need only the view policy: analysts use the
/// call step's pickers. The service never returns secret values; of a connection only the name and connector are kept.
/// </summary>
public sealed class ConnectorDirectory(IConnectionsDesignerService service)
{
    private Task? _loading;

    /// <summary>Gets the configured connections, ordered by name.</summary>
    public IReadOnlyList<ConfiguredConnection> Connections { get; private set; } = [];

    /// <summary>Gets the installed connectors.</summary>
    public IReadOnlyList<ConnectorInfo> Connectors { get; private set; } = [];

    /// <summary>Gets whether a load has finished (successfully or not).</summary>
    public bool IsLoaded { get; private set; }

    /// <summary>Gets why the last load failed, or null.</summary>
    public string? LoadError { get; private set; }

    /// <summary>Gets whether the connections are known, so that a missing one can be told apart from a failed load.</summary>
    public bool IsKnown => IsLoaded && LoadError is null;

    /// <summary>Loads the connections and connectors the first time it is asked; later calls share that load.</summary>
    public Task LoadAsync() => _loading ??= FetchAsync();

    /// <summary>Loads them again (an administrator may have added a connection meanwhile).</summary>
    public Task ReloadAsync() => _loading = FetchAsync();

    /// <summary>Finds an installed connector; connector names compare case-insensitively, as the runtime compares them.</summary>
    public ConnectorInfo? Connector(string? name) =>
        name is null ? null : Connectors.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a configured connection by its exact name.</summary>
    public ConfiguredConnection? Connection(string? name) =>
        name is null ? null : Connections.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    private async Task FetchAsync()
    {
        try
        {
            var catalog = await service.GetCatalogAsync();
            var connections = await service.ListAsync();
            Connectors = catalog.Connectors;
            Connections = [.. connections.Select(c => new ConfiguredConnection(c.Name, c.Connector)).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
            LoadError = null;
        }
        catch (DesignerException e)
        {
            LoadError = $"The configured connections could not be loaded ({e.Message}); names are not checked.";
        }

        IsLoaded = true;
    }
}
