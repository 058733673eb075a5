using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using IntegrationHub.Connectors.Hosting.Catalog;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.Plugins;

/// <summary>Loads every plug-in folder (<c>&lt;root&gt;/&lt;Name&gt;/&lt;Name&gt;.dll</c>) in its own <see cref="PluginLoadContext"/>.</summary>
internal static class PluginLoader
{
    private static readonly AssemblyName HostSdk = typeof(IConnectorModule).Assembly.GetName();

    public static PluginLoadResult LoadAll(string rootFolder)
    {
        if (!Directory.Exists(rootFolder))
        {
            return new PluginLoadResult(false, [], []);
        }

        var plugins = new List<ConnectorRegistration>();
        var errors = new List<ConnectorLoadError>();
        foreach (var folder in Directory.GetDirectories(rootFolder).Order(StringComparer.Ordinal))
        {
            try
            {
                plugins.Add(Load(folder));
            }
            catch (PluginLoadException ex)
            {
                errors.Add(new ConnectorLoadError(folder, ex.Kind, ex.Message));
            }
        }

        return new PluginLoadResult(true, plugins, errors);
    }

    internal static ConnectorRegistration Load(string folder)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var mainPath = Path.Combine(folder, name + ".dll");
        if (!File.Exists(mainPath))
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.MissingAssembly, $"Plug-in folder '{folder}' has no '{name}.dll'; a plug-in folder must contain an assembly named after the folder.");
        }

        CheckSdkReference(mainPath);
        var context = new PluginLoadContext(mainPath);
        Type[] types;
        try
        {
            var assembly = context.LoadFromAssemblyPath(mainPath);
            types = assembly.GetExportedTypes();
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException or TypeLoadException or ReflectionTypeLoadException)
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.BrokenAssembly, $"Plug-in '{mainPath}' cannot be loaded: {ex.GetType().Name}: {ex.Message}");
        }

        var candidates = types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConnectorModule).IsAssignableFrom(t)).ToList();
        if (candidates.Count != 1)
        {
            throw new PluginLoadException(
                ConnectorLoadErrorKind.NoEntryType,
                candidates.Count == 0
                    ? $"Plug-in '{mainPath}' has no connector entry type: expected one public class implementing IConnectorModule with a [Connector] attribute."
                    : $"Plug-in '{mainPath}' has {candidates.Count} connector entry types ({string.Join(", ", candidates.Select(c => c.FullName))}); a plug-in must have exactly one.");
        }

        var entryType = candidates[0];
        var attribute = entryType.GetCustomAttribute<ConnectorAttribute>()
            ?? throw new PluginLoadException(ConnectorLoadErrorKind.InvalidDefinition, $"Plug-in '{mainPath}': connector type {entryType.FullName} has no [Connector] attribute.");
        if (ConnectorSdk.CheckCompatibility(attribute.RequiredSdkVersion) is { } incompatible)
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.SdkVersionMismatch, $"Plug-in '{mainPath}' (connector '{attribute.Name}' {attribute.Version}) cannot be loaded: {incompatible}.");
        }

        IConnectorModule module;
        try
        {
            module = (IConnectorModule)(Activator.CreateInstance(entryType)
                ?? throw new PluginLoadException(ConnectorLoadErrorKind.InvalidDefinition, $"Plug-in '{mainPath}': creating {entryType.FullName} returned null."));
        }
        catch (Exception ex) when (ex is MissingMethodException or TargetInvocationException or MemberAccessException or TypeLoadException or FileNotFoundException)
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.InvalidDefinition, $"Plug-in '{mainPath}': cannot create connector type {entryType.FullName} (it needs a public parameterless constructor that does not throw): {(ex.InnerException ?? ex).Message}");
        }

        try
        {
            return new ConnectorRegistration(ConnectorDefinition.Create(module), ConnectorSource.Plugin, folder);
        }
        catch (ConnectorDefinitionException ex)
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.InvalidDefinition, $"Plug-in '{mainPath}': {ex.Message}");
        }
        catch (Exception ex) when (ex is TypeLoadException or MissingMethodException or FileNotFoundException or FileLoadException)
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.BrokenAssembly, $"Plug-in '{mainPath}': a type it needs cannot be loaded ({ex.GetType().Name}: {ex.Message}); was it built against another connector SDK?");
        }
    }

    // Reads the assembly's metadata without loading it, so a plug-in compiled against a newer SDK is refused with a clear
    // message instead of failing later with a TypeLoadException.
    private static void CheckSdkReference(string mainPath)
    {
        Version? referenced = null;
        try
        {
            using var stream = File.OpenRead(mainPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new PluginLoadException(ConnectorLoadErrorKind.BrokenAssembly, $"Plug-in '{mainPath}' is not a .NET assembly (it has no metadata).");
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                var reference = metadata.GetAssemblyReference(handle);
                if (metadata.StringComparer.Equals(reference.Name, HostSdk.Name!))
                {
                    referenced = reference.Version;
                }
            }
        }
        catch (BadImageFormatException ex)
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.BrokenAssembly, $"Plug-in '{mainPath}' is not a valid .NET assembly: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.BrokenAssembly, $"Plug-in '{mainPath}' is not a valid .NET assembly: {ex.Message}");
        }

        if (referenced is null)
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.NoEntryType, $"Plug-in '{mainPath}' does not reference {HostSdk.Name}, so it cannot contain a connector.");
        }

        var host = HostSdk.Version!;
        if (referenced.Major != host.Major || referenced > host)
        {
            throw new PluginLoadException(ConnectorLoadErrorKind.SdkVersionMismatch, $"Plug-in '{mainPath}' was built against {HostSdk.Name} {referenced} but this host provides {host}.");
        }
    }
}
