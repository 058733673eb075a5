using IntegrationHub.Connectors.Hosting.Catalog;
using IntegrationHub.Contracts.Security;

namespace IntegrationHub.Server.Apis;

/// <summary>The connector catalog: connectors, operations and their JSON Schemas, and plug-ins that failed to load.</summary>
internal static class ConnectorsApi
{
    public static IEndpointRouteBuilder MapConnectorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/connectors", (IConnectorCatalog catalog) => TypedResults.Ok(new
        {
            connectors = catalog.Connectors.Select(c => c.Descriptor),
            loadErrors = catalog.LoadErrors,
        })).WithTags("Connectors").RequireAuthorization(HubPolicies.View);
        return app;
    }
}
