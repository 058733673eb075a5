using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Execution;
using IntegrationHub.Runtime.Operations;
using IntegrationHub.Runtime.Triggers;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the runtime. The host supplies IRunStore, IRunDispatcher, IFlowDefinitionSource, IConnectorGateway, IMappingGateway and IExpressionEvaluator.</summary>
public static class RuntimeServiceCollectionExtensions
{
    /// <summary>Adds the executor, starter, event router, operator actions and recovery.</summary>
    public static IServiceCollection AddHubRuntime(this IServiceCollection services)
    {
        services.AddOptions<RuntimeOptions>().BindConfiguration(RuntimeOptions.SectionName);
        services.AddSingleton<IRunNotifier, RunNotifier>();
        services.AddSingleton<RunExecutor>();
        services.AddSingleton<RunStarter>();
        services.AddSingleton<EventRouter>();
        services.AddSingleton<RunOperator>();
        services.AddSingleton<RunRecovery>();
        services.AddSingleton<JournalRetention>();
        services.AddSingleton<BulkReplay>();
        return services;
    }
}
