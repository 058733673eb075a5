using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the designer's UI (Razor components with interactive server rendering, MudBlazor).</summary>
public static class DesignerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the designer's components. The host also registers the designer-facing services of
    /// IntegrationHub.Contracts (<c>ISessionService</c>, <c>IFlowDesignerService</c>, <c>IFlowAuthoringService</c>,
    /// <c>IRunsDesignerService</c>, <c>IDashboardService</c>, <c>IConnectionsDesignerService</c>).
    /// </summary>
    /// <param name="services">The host's services.</param>
    public static IServiceCollection AddHubDesignerComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();

        // Pages compute time windows ("the last 24 hours") from the host's clock, so tests can fix it.
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
