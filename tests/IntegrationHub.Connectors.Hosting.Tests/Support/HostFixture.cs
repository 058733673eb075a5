using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Connectors.Http;
using IntegrationHub.Connectors.Sandbox;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Hosting.Tests.Support;

/// <summary>A service provider wired the way the server wires connector hosting.</summary>
internal sealed class HostFixture : IDisposable
{
    public HostFixture(string? pluginFolder = null, bool builtIns = true, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        var hosting = services.AddConnectorHosting(o => o.PluginFolder = pluginFolder ?? Path.Combine(Path.GetTempPath(), "no-such-plugin-folder-" + Guid.NewGuid().ToString("N")))
            .UseInMemoryState();
        if (builtIns)
        {
            hosting.AddConnector<HttpConnector>().AddConnector<SandboxConnector>();
        }

        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddSingleton<IConnectionStore>(Store);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public InMemoryConnectionStore Store { get; } = new();

    public ServiceProvider Services { get; }

    public static string PluginsFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public IConnectionService Connections() => Services.CreateScope().ServiceProvider.GetRequiredService<IConnectionService>();

    public void Dispose() => Services.Dispose();
}
