using MudBlazor.Services;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the designer's UI (Razor components with interactive server rendering, MudBlazor).</summary>
public static class DesignerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the designer's components. The host also registers the designer-facing services of
    /// IntegrationHub.Contracts (<c>ISessionService</c>, <c>IFlowDesignerService</c>, <c>IFlowAuthoringService</c>).
    /// </summary>
    /// <param name="services">The host's services.</param>
    public static IServiceCollection AddHubDesignerComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        return services;
    }
}
