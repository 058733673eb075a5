using System.Runtime.Loader;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Catalog;
using IntegrationHub.Connectors.Hosting.Invocation;
using IntegrationHub.Connectors.Hosting.Tests.Support;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.Tests.Catalog;

public sealed class ConnectorCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hub-plugins-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Catalog_PluginFolder_LoadsEachPluginInItsOwnContext()
    {
        CopyPlugin("IntegrationHub.Connectors.Sandbox");
        CopyPlugin("IntegrationHub.Connectors.Http");
        using var host = new HostFixture(_folder, builtIns: false);

        var catalog = host.Get<IConnectorCatalog>();

        Assert.Empty(catalog.LoadErrors);
        Assert.Equal(["http", "sandbox"], catalog.Connectors.Select(c => c.Descriptor.Name));
        var sandbox = catalog.Connectors.Single(c => c.Descriptor.Name == "sandbox");
        Assert.Equal(ConnectorSource.Plugin, sandbox.Source);
        var context = AssemblyLoadContext.GetLoadContext(sandbox.Definition.Module.GetType().Assembly);
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.NotSame(context, AssemblyLoadContext.GetLoadContext(catalog.Connectors.Single(c => c.Descriptor.Name == "http").Definition.Module.GetType().Assembly));
        Assert.Same(typeof(IConnectorModule).Assembly, sandbox.Definition.Module.GetType().GetInterface(nameof(IConnectorModule))!.Assembly);
        Assert.Contains("secret", catalog.Connectors.Single(c => c.Descriptor.Name == "http").Descriptor.SettingsSchema.ToJsonString(), StringComparison.Ordinal);

        var customer = await host.Get<IConnectorInvoker>().InvokeAsync("sandbox", "getCustomer", [], new JsonObject { ["customer"] = "C1000" }, new ConnectorInvocationContext { CorrelationId = "c1" });
        Assert.Equal("Acme Hardware", customer!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Catalog_BrokenDll_RecordsErrorAndLoadsTheRest()
    {
        CopyPlugin("IntegrationHub.Connectors.Sandbox");
        Directory.CreateDirectory(Path.Combine(_folder, "Broken"));
        File.WriteAllText(Path.Combine(_folder, "Broken", "Broken.dll"), "this is not an assembly");
        using var host = new HostFixture(_folder, builtIns: false);

        var catalog = host.Get<IConnectorCatalog>();

        var error = Assert.Single(catalog.LoadErrors);
        Assert.Equal(ConnectorLoadErrorKind.BrokenAssembly, error.Kind);
        Assert.Contains("Broken.dll", error.Message);
        Assert.Equal(["sandbox"], catalog.Connectors.Select(c => c.Descriptor.Name));
        Assert.Contains(host.Logs.Lines, l => l.Contains("Broken.dll", StringComparison.Ordinal) && l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public void Catalog_SdkVersionMismatch_RecordsClearError()
    {
        CopyPlugin("IntegrationHub.TestPlugins.FutureSdk");
        using var host = new HostFixture(_folder, builtIns: false);

        var error = Assert.Single(host.Get<IConnectorCatalog>().LoadErrors);

        Assert.Equal(ConnectorLoadErrorKind.SdkVersionMismatch, error.Kind);
        Assert.Contains("'future' 3.1.0", error.Message);
        Assert.Contains($"needs connector SDK 2.0.0 but this host provides {ConnectorSdk.Version}", error.Message);
    }

    [Fact]
    public void Catalog_AssemblyWithoutConnector_RecordsNoEntryType()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "xunit.assert"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "xunit.assert.dll"), Path.Combine(_folder, "xunit.assert", "xunit.assert.dll"));
        Directory.CreateDirectory(Path.Combine(_folder, "Empty"));
        using var host = new HostFixture(_folder, builtIns: false);

        var errors = host.Get<IConnectorCatalog>().LoadErrors;

        Assert.Contains(errors, e => e.Kind == ConnectorLoadErrorKind.NoEntryType && e.Message.Contains("xunit.assert.dll", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Kind == ConnectorLoadErrorKind.MissingAssembly && e.Message.Contains("Empty.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void Catalog_PluginWithBuiltInName_SkippedAsDuplicate()
    {
        CopyPlugin("IntegrationHub.Connectors.Sandbox");
        using var host = new HostFixture(_folder, builtIns: true);

        var catalog = host.Get<IConnectorCatalog>();

        var error = Assert.Single(catalog.LoadErrors);
        Assert.Equal(ConnectorLoadErrorKind.DuplicateName, error.Kind);
        Assert.Equal(ConnectorSource.BuiltIn, catalog.Connectors.Single(c => c.Descriptor.Name == "sandbox").Source);
    }

    [Fact]
    public void Catalog_MissingPluginFolder_BuiltInsOnlyAndWarning()
    {
        using var host = new HostFixture(Path.Combine(_folder, "absent"));

        var catalog = host.Get<IConnectorCatalog>();

        Assert.Empty(catalog.LoadErrors);
        Assert.Equal(["http", "sandbox"], catalog.Connectors.Select(c => c.Descriptor.Name));
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("absent", StringComparison.Ordinal));
    }

    private void CopyPlugin(string name)
    {
        var target = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(HostFixture.PluginsFolder, name)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
