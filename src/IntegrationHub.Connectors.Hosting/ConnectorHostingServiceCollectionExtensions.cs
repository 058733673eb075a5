using IntegrationHub.Connectors.Hosting;
using IntegrationHub.Connectors.Hosting.Catalog;
using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Connectors.Hosting.Http;
using IntegrationHub.Connectors.Hosting.Invocation;
using IntegrationHub.Connectors.Hosting.Secrets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers connector hosting.</summary>
public static class ConnectorHostingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the connector catalog (built-ins + plug-ins from <see cref="ConnectorHostingOptions.PluginFolder"/>), the invoker,
    /// the connection service, secret protection (ASP.NET Core Data Protection), the redactor and the SSRF-guarded HTTP factory.
    /// </summary>
    /// <remarks>
    /// The host must also register an <see cref="IConnectionStore"/> and an <see cref="IntegrationHub.Connectors.Hosting.State.IConnectorStateRepository"/>, and
    /// configure Data Protection key persistence shared by every node (<c>services.AddDataProtection().PersistKeysToDbContext&lt;T&gt;()</c>).
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options; <see langword="null"/> keeps the defaults or the bound configuration.</param>
    /// <returns>A builder to add built-in connectors.</returns>
    public static ConnectorHostingBuilder AddConnectorHosting(this IServiceCollection services, Action<ConnectorHostingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ConnectorHostingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectorCatalog, ConnectorCatalog>();
        services.TryAddSingleton<ISecretRedactor, SecretRedactor>();
        services.TryAddSingleton<IConnectionSecretProtector, DataProtectionSecretProtector>();
        services.TryAddSingleton<OutboundHandlerCache>();
        services.TryAddSingleton<IConnectorInvoker, ConnectorInvoker>();
        services.TryAddSingleton<ResolvedConnectionCache>();
        services.TryAddScoped<IConnectionService, ConnectionService>();
        return new ConnectorHostingBuilder(services);
    }
}
