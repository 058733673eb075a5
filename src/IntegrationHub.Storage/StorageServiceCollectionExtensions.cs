using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Connectors.Hosting.State;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Storage;
using IntegrationHub.Storage.Audit;
using IntegrationHub.Storage.Connections;
using IntegrationHub.Storage.Flows;
using IntegrationHub.Storage.Mappings;
using IntegrationHub.Storage.Runs;
using IntegrationHub.Storage.Security;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the hub's store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the store for the configured provider and the repositories on it.</summary>
    public static IServiceCollection AddHubStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.ResolveConnectionString();

        // Contexts are pooled: the runtime creates one per store call, and a pooled context skips building
        // its internal service scope each time (state is reset when it goes back to the pool).
        if (options.Provider == StorageProvider.Postgres)
        {
            connectionString = HubDbContextOptions.TunePostgresConnectionString(connectionString);
            services.AddPooledDbContextFactory<PostgresHubDbContext>(o => HubDbContextOptions.UsePostgres(o, connectionString));
            services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<IDbContextFactory<PostgresHubDbContext>>().CreateDbContext());
            services.AddSingleton<IHubDbContextFactory>(sp => new HubDbContextFactory<PostgresHubDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresHubDbContext>>()));
        }
        else
        {
            Directory.CreateDirectory(Path.GetFullPath(options.DataFolder));
            services.AddPooledDbContextFactory<SqliteHubDbContext>(o => HubDbContextOptions.UseSqlite(o, connectionString));
            services.AddScoped<HubDbContext>(sp => sp.GetRequiredService<IDbContextFactory<SqliteHubDbContext>>().CreateDbContext());
            services.AddSingleton<IHubDbContextFactory>(sp => new HubDbContextFactory<SqliteHubDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteHubDbContext>>()));
        }

        services.AddSingleton(options);
        services.AddScoped<FlowRepository>();
        services.AddScoped<MappingRepository>();
        services.AddScoped<LookupTableRepository>();
        services.AddScoped<UserRepository>();
        services.AddScoped<ApiKeyRepository>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<StoreMigrator>();
        services.AddSingleton<IRunStore, RunStore>();
        services.AddSingleton<IBulkOperationStore, EfBulkOperationStore>();
        services.AddSingleton<IConnectionStore, EfConnectionStore>();
        services.AddSingleton<IConnectorStateRepository, EfConnectorStateRepository>();
        return services;
    }
}
