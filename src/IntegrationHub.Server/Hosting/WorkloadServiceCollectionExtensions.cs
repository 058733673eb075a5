using IntegrationHub.Connectors.Http;
using IntegrationHub.Connectors.Sandbox;
using IntegrationHub.Connectors.Tryton;
using IntegrationHub.Mapping;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Server.Mappings;
using IntegrationHub.Server.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What runs flows: mapping engine, runtime, Hangfire dispatch, connectors, and the server's adapters between them.</summary>
internal static class WorkloadServiceCollectionExtensions
{
    public static IServiceCollection AddHubWorkloads(this IServiceCollection services, IConfiguration configuration, bool worker)
    {
        // Mappings and lookup tables come from the store (imported from the flows folder at start-up, edited through
        // the API and the designer); schemas from the flows folder's schemas/.
        services.AddSingleton<StoredLookupTables>();
        services.AddSingleton<StoredMappings>();
        services.AddSingleton<StoredMappingCatalog>();
        services.TryAddSingleton<IMappingCatalog>(sp => sp.GetRequiredService<StoredMappingCatalog>());
        services.AddHostedService<LookupTableRefresher>();
        services.AddHubMapping(o => configuration.GetSection(MappingOptions.SectionName).Bind(o));
        services.AddSingleton<MappingDocumentService>();
        services.AddScoped<MappingPreviewService>();
        services.AddScoped<MappingImporter>();

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
            .AddConnector<TrytonConnector>()
            .AddConnector<IntegrationHub.Connectors.Edi.EdiConnector>();
        return services;
    }
}
