using IntegrationHub.Connectors.Http;
using IntegrationHub.Connectors.Sandbox;
using IntegrationHub.Connectors.Tryton;
using IntegrationHub.Mapping;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Server.Hosting;
using IntegrationHub.Server.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What runs flows: mapping engine, runtime, Hangfire dispatch, connectors, and the server's adapters between them.</summary>
internal static class WorkloadServiceCollectionExtensions
{
    public static IServiceCollection AddHubWorkloads(this IServiceCollection services, string contentRoot, IConfiguration configuration, bool worker)
    {
        var flowsFolder = (configuration.GetSection(FlowsFolderOptions.SectionName).Get<FlowsFolderOptions>() ?? new FlowsFolderOptions()).Resolve(contentRoot);

        // Mappings, lookups and schemas come from the flows folder; without one the catalog starts empty.
        services.TryAddSingleton<IMappingCatalog>(_ => flowsFolder is not null && Directory.Exists(flowsFolder) ? MappingCatalog.LoadDirectory(flowsFolder) : new MappingCatalog());
        services.AddHubMapping(o => configuration.GetSection(MappingOptions.SectionName).Bind(o));

        services.AddHubRuntime();
        services.AddHubRuntimeHangfire(worker);
        services.AddSingleton<IFlowDefinitionSource, StoredFlowDefinitionSource>();
        services.AddSingleton<IConnectorGateway, ConnectorGateway>();
        services.Configure<Dictionary<string, ConnectionLimit>>(configuration.GetSection(ConnectionLimiter.SectionName));
        services.AddSingleton<ConnectionLimiter>();
        services.AddSingleton<IMappingGateway, MappingGateway>();
        services.AddSingleton<HttpTriggerIndex>();
        services.AddScoped<FlowActivation>();

        services.AddConnectorHosting(o => configuration.GetSection("Connectors").Bind(o))
            .AddConnector<HttpConnector>()
            .AddConnector<SandboxConnector>()
            .AddConnector<TrytonConnector>();
        return services;
    }
}
