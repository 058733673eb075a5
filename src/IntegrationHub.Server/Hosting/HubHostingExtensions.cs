using Hangfire;
using Hangfire.PostgreSql;
using IntegrationHub.Runtime.Hangfire;
using IntegrationHub.Server.Apis;
using IntegrationHub.Server.Flows;
using IntegrationHub.Server.Hosting;
using IntegrationHub.Server.Mappings;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Runtime;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>The hub's composition: services, middleware, endpoints, start-up work.</summary>
internal static class HubHostingExtensions
{
    public static WebApplicationBuilder AddHub(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        var hub = configuration.GetSection(HubOptions.SectionName).Get<HubOptions>() ?? new HubOptions();
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(hub.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        services.AddOptions<HubOptions>().BindConfiguration(HubOptions.SectionName);
        services.AddOptions<FlowsFolderOptions>().BindConfiguration(FlowsFolderOptions.SectionName);
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);
        services.AddSingleton(TimeProvider.System);

        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (!Path.IsPathRooted(storage.DataFolder))
        {
            storage.DataFolder = Path.GetFullPath(storage.DataFolder, Directory.GetCurrentDirectory());
        }

        services.AddHubStorage(storage);
        services.AddDataProtection().SetApplicationName("IntegrationHub").PersistKeysToDbContext<HubDbContext>();

        services.AddHubSecurity();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx => ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<HubExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        services.AddOpenApi();
        services.AddHealthChecks().AddDbContextCheck<HubDbContext>("store", tags: ["ready"]);

        services.AddSingleton<FlowFolder>();
        services.AddHubWorkloads(builder.Configuration, hub.RunsWorker);
        services.AddScoped<FlowValidationService>();
        services.AddScoped<FlowImporter>();
        services.AddScoped<BootstrapAdmin>();
        services.AddHubDesigner();
        services.AddHubTelemetry(configuration, hub.Role);

        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (storage.Provider == StorageProvider.Postgres)
            {
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(storage.ResolveConnectionString()), new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,

                    // Runs are latency-sensitive work: check the queues twice a second, not every 15 s.
                    QueuePollInterval = TimeSpan.FromMilliseconds(500),
                });
            }
            else
            {
                // Embedded default: jobs are in memory; the run store stays the source of truth across restarts.
                config.UseInMemoryStorage();
            }
        });
        if (hub.RunsWorker)
        {
            services.AddHangfireServer((sp, o) =>
            {
                o.Activator = new ScopedJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                o.Queues = [RunJobs.Queue, "default"];

                // Retry backoffs and timers are delayed jobs: look for due ones every second, not every 15.
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            });
        }

        return builder;
    }

    public static WebApplication UseHub(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseMiddleware<CorrelationScopeMiddleware>();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseMiddleware<PasswordChangeRequiredMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new HangfireDashboardAuthorization()],
            DashboardTitle = "IntegrationHub jobs",
        });
        return app;
    }

    public static WebApplication MapHubEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().RequireAuthorization();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("IntegrationHub API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).RequireAuthorization();
        app.MapAuthApi();
        app.MapFlowsApi();
        app.MapMappingsApi();
        app.MapLookupsApi();
        app.MapUsersApi();
        app.MapApiKeysApi();
        app.MapAuditApi();
        app.MapRunsApi();
        app.MapHooksApi();
        app.MapEventsApi();
        app.MapConnectorsApi();
        app.MapConnectionsApi();
        app.MapHubDesigner();
        app.MapHubMetrics();
        return app;
    }

    /// <summary>Migrates the store, creates the first admin, imports flow files, and says where to go.</summary>
    public static async Task InitializeHubAsync(this WebApplication app)
    {
        var lifetime = app.Lifetime.ApplicationStopping;
        var storage = app.Services.GetRequiredService<StorageOptions>();
        if (storage.MigrateOnStartup)
        {
            await app.Services.GetRequiredService<StoreMigrator>().MigrateAsync(lifetime);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var bootstrapMessage = await scope.ServiceProvider.GetRequiredService<BootstrapAdmin>().RunAsync(lifetime);
        var folder = scope.ServiceProvider.GetRequiredService<FlowFolder>();
        var flowsOptions = app.Configuration.GetSection(FlowsFolderOptions.SectionName).Get<FlowsFolderOptions>() ?? new FlowsFolderOptions();
        IReadOnlyList<FlowImportResult> imported = [];
        IReadOnlyList<MappingImportResult> mappings = [];
        if (flowsOptions.ImportOnStartup && folder.Path is not null)
        {
            // Lookup tables and mappings first: flows are checked against the mappings in the store.
            mappings = await scope.ServiceProvider.GetRequiredService<MappingImporter>().ImportAllAsync(lifetime);
            imported = await scope.ServiceProvider.GetRequiredService<FlowImporter>().ImportAllAsync(lifetime);
        }

        await app.Services.GetRequiredService<StoredLookupTables>().RefreshAsync(lifetime);

        await scope.ServiceProvider.GetRequiredService<FlowActivation>().ActivateAsync(lifetime);
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, storage, folder.Path, imported, mappings, bootstrapMessage));
    }
}
