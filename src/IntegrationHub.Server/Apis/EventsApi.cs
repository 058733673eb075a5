using IntegrationHub.Contracts.Runs;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Triggers;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Apis;

/// <summary>External events into the hub: start event-triggered flows and wake waiting runs. Each id is applied once.</summary>
internal static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events", PublishAsync).WithTags("Events").RequireAuthorization(HubPolicies.Operate).Audited("events.publish");
        return app;
    }

    private static async Task<Results<Accepted<PublishEventResult>, Ok<PublishEventResult>, ProblemHttpResult>> PublishAsync(
        PublishEventRequest request, HttpContext http, EventRouter router, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Type) || !System.Text.RegularExpressions.Regex.IsMatch(request.Type, "^[a-z0-9][a-z0-9._-]*$"))
        {
            return HubProblems.Invalid("The event is invalid", new Dictionary<string, string[]> { ["type"] = ["lower-case letters, digits, '.', '_' or '-', e.g. wms.shipment.shipped"] });
        }

        var id = string.IsNullOrWhiteSpace(request.Id) ? Guid.CreateVersion7().ToString() : request.Id;
        var accepted = await router.PublishAsync(new HubEvent(id, request.Type, request.CorrelationKey, request.Payload, $"api:{http.User.ActorName()}", clock.GetUtcNow()), ct);
        var result = new PublishEventResult(id, accepted);
        return accepted ? TypedResults.Accepted((string?)null, result) : TypedResults.Ok(result);
    }
}
