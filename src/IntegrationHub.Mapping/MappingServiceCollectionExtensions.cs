using IntegrationHub.Mapping;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Expressions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the mapping engine and the sandboxed expression evaluator.</summary>
public static class MappingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MappingEngine"/> and <see cref="IExpressionEvaluator"/> as singletons. Register an
    /// <see cref="IMappingCatalog"/> (e.g. over the version store) before or after this call; without one the
    /// engine serves <see cref="MappingOptions.FlowsDirectory"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the sandbox limits.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHubMapping(this IServiceCollection services, Action<MappingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<MappingOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMappingCatalog>(sp => MappingCatalog.LoadDirectory(sp.GetRequiredService<IOptions<MappingOptions>>().Value.FlowsDirectory));
        services.TryAddSingleton(sp => new MappingEngine(
            sp.GetRequiredService<IMappingCatalog>(),
            sp.GetRequiredService<IOptions<MappingOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<MappingEngine>().Expressions);
        return services;
    }
}
