using System.Diagnostics.CodeAnalysis;
using IntegrationHub.Connectors.Hosting.Diagnostics;
using IntegrationHub.Connectors.Hosting.Plugins;
using IntegrationHub.Connectors.Sdk;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Connectors.Hosting.Catalog;

/// <summary>Builds the catalog once: built-ins first, then every plug-in folder. Failures are recorded and logged, never thrown.</summary>
internal sealed class ConnectorCatalog : IConnectorCatalog
{
    private readonly Dictionary<string, ConnectorRegistration> _byName = new(StringComparer.Ordinal);

    public ConnectorCatalog(IOptions<ConnectorHostingOptions> options, IEnumerable<BuiltInConnector> builtIns, ILogger<ConnectorCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(builtIns);
        var errors = new List<ConnectorLoadError>();
        foreach (var builtIn in builtIns.DistinctBy(b => b.ModuleType))
        {
            var location = builtIn.ModuleType.Assembly.GetName().Name ?? builtIn.ModuleType.FullName!;
            try
            {
                Add(new ConnectorRegistration(ConnectorDefinition.Create(builtIn.Factory()), ConnectorSource.BuiltIn, location), errors);
            }
            catch (ConnectorDefinitionException ex)
            {
                errors.Add(new ConnectorLoadError(location, ConnectorLoadErrorKind.InvalidDefinition, ex.Message));
            }
        }

        var folder = Path.GetFullPath(options.Value.PluginFolder, AppContext.BaseDirectory);
        var result = PluginLoader.LoadAll(folder);
        errors.AddRange(result.Errors);
        foreach (var plugin in result.Plugins)
        {
            Add(plugin, errors);
        }

        Connectors = [.. _byName.Values.OrderBy(r => r.Descriptor.Name, StringComparer.Ordinal)];
        LoadErrors = errors;
        if (!result.FolderExists)
        {
            Log.PluginFolderMissing(logger, folder);
        }

        foreach (var connector in Connectors)
        {
            Log.ConnectorLoaded(logger, connector.Descriptor.Name, connector.Descriptor.Version, connector.Source, connector.Location);
        }

        foreach (var error in errors)
        {
            Log.ConnectorLoadFailed(logger, error.Location, error.Kind, error.Message);
        }
    }

    public IReadOnlyList<ConnectorRegistration> Connectors { get; }

    public IReadOnlyList<ConnectorLoadError> LoadErrors { get; }

    public bool TryGet(string name, [NotNullWhen(true)] out ConnectorRegistration? registration) =>
        _byName.TryGetValue(name, out registration);

    private void Add(ConnectorRegistration registration, List<ConnectorLoadError> errors)
    {
        if (!_byName.TryAdd(registration.Descriptor.Name, registration))
        {
            var existing = _byName[registration.Descriptor.Name];
            errors.Add(new ConnectorLoadError(
                registration.Location,
                ConnectorLoadErrorKind.DuplicateName,
                $"Connector '{registration.Descriptor.Name}' from {registration.Location} was skipped: a connector with that name is already loaded from {existing.Location}."));
        }
    }
}
