using IntegrationHub.Connectors.Hosting.Catalog;
using IntegrationHub.Connectors.Hosting.State;
using IntegrationHub.Connectors.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Connectors.Hosting;

/// <summary>Registers compile-time (built-in) connectors and optional services; returned by <c>AddConnectorHosting</c>.</summary>
public sealed class ConnectorHostingBuilder
{
    internal ConnectorHostingBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers a connector compiled into the host (for example the Sandbox or HTTP connector).</summary>
    /// <typeparam name="TModule">The connector's entry type.</typeparam>
    /// <returns>This builder.</returns>
    public ConnectorHostingBuilder AddConnector<TModule>()
        where TModule : class, IConnectorModule, new()
    {
        Services.AddSingleton(new BuiltInConnector(typeof(TModule), static () => new TModule()));
        return this;
    }

    /// <summary>Keeps connector state in memory (lost on restart). For tests and throw-away hosts only; the server registers an <see cref="IConnectorStateRepository"/> on its store.</summary>
    /// <returns>This builder.</returns>
    public ConnectorHostingBuilder UseInMemoryState()
    {
        Services.TryAddSingleton<IConnectorStateRepository, InMemoryConnectorStateRepository>();
        return this;
    }
}
