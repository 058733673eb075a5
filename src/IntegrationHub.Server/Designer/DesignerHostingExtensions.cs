using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer;
using IntegrationHub.Server.Designer;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Hosts the designer at <c>/</c>: its components, static assets, and the in-process designer services.</summary>
internal static class DesignerHostingExtensions
{
    public static IServiceCollection AddHubDesigner(this IServiceCollection services)
    {
        services.AddHubDesignerComponents();
        services.AddScoped<DesignerCaller>();
        services.AddScoped<ISessionService, SessionService>();
        services.AddScoped<IFlowDesignerService, FlowDesignerService>();
        services.AddScoped<IFlowAuthoringService, FlowAuthoringService>();
        services.AddScoped<IMappingDesignerService, MappingDesignerService>();
        services.AddSingleton<DesignerAudit>().AddSingleton<IntegrationHub.Storage.Runs.RunStatisticsQuery>();
        services.AddScoped<IRunsDesignerService, RunsDesignerService>();
        services.AddScoped<IDashboardService, DashboardService>();
        services.AddScoped<IConnectionsDesignerService, ConnectionsDesignerService>();
        return services;
    }

    public static WebApplication MapHubDesigner(this WebApplication app)
    {
        // Run from the build output (dotnet run, the end-to-end tests) in any environment, not only Development:
        // serve the designer's and MudBlazor's files from where the build left them. Does nothing in a published app.
        StaticWebAssetsLoader.UseStaticWebAssets(app.Environment, app.Configuration);

        // The sign-in page needs its styles and scripts before anybody is signed in; pages and the circuit do not
        // (the fallback policy keeps them behind the login, and pages name their own policies).
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
