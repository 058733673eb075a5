using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Hangfire;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the runtime's Hangfire dispatch. Hangfire itself (storage, server) is configured by the host.</summary>
public static class HangfireRuntimeServiceCollectionExtensions
{
    /// <summary>Adds the dispatcher, the jobs and schedule sync; <paramref name="worker"/> adds the recovery sweep and journal retention.</summary>
    public static IServiceCollection AddHubRuntimeHangfire(this IServiceCollection services, bool worker)
    {
        services.AddSingleton<IRunDispatcher, HangfireRunDispatcher>();
        services.AddTransient<RunJobs>();
        services.AddSingleton<ScheduleTriggerSync>();
        if (worker)
        {
            services.AddHostedService<RecoveryService>();
            services.AddHostedService<RetentionService>();
            services.AddHostedService<RuntimeGaugeSampler>();
        }

        return services;
    }
}
