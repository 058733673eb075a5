using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Flows.Versioning;
using IntegrationHub.Server.Flows;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Runtime;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage.Flows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Apis;

/// <summary>Flow definitions: list, versions, drafts, validation, publish, retire, diff, export.</summary>
internal static class FlowsApi
{
    private const int MaxDocumentBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapFlowsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/flows").WithTags("Flows");
        api.MapGet("/", ListAsync).RequireAuthorization(HubPolicies.View);
        api.MapGet("/{id}", GetAsync).RequireAuthorization(HubPolicies.View);
        api.MapGet("/{id}/draft", GetDraftAsync).RequireAuthorization(HubPolicies.View);
        api.MapGet("/{id}/versions/{version:int}", GetVersionAsync).RequireAuthorization(HubPolicies.View);
        api.MapGet("/{id}/diff", DiffAsync).RequireAuthorization(HubPolicies.View);
        api.MapGet("/{id}/export", ExportAsync).RequireAuthorization(HubPolicies.View);
        api.MapPost("/validate", ValidateAsync).RequireAuthorization(HubPolicies.EditDrafts).Accepts<JsonObject>("application/json");
        api.MapPost("/", SaveDraftAsync).RequireAuthorization(HubPolicies.EditDrafts).Accepts<JsonObject>("application/json").Audited("flows.saveDraft");
        api.MapPut("/{id}/draft", ReplaceDraftAsync).RequireAuthorization(HubPolicies.EditDrafts).Accepts<JsonObject>("application/json").Audited("flows.replaceDraft");
        api.MapDelete("/{id}/draft", DeleteDraftAsync).RequireAuthorization(HubPolicies.EditDrafts).Audited("flows.deleteDraft");
        api.MapPost("/{id}/publish", PublishAsync).RequireAuthorization(HubPolicies.Publish).Audited("flows.publish");
        api.MapPost("/{id}/versions/{version:int}/retire", RetireAsync).RequireAuthorization(HubPolicies.Publish).Audited("flows.retire");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<FlowSummary>>> ListAsync(FlowRepository flows, CancellationToken ct) =>
        TypedResults.Ok(await flows.ListAsync(ct));

    private static async Task<Results<Ok<FlowDetail>, ProblemHttpResult>> GetAsync(string id, FlowRepository flows, CancellationToken ct) =>
        await flows.GetAsync(id, ct) is { } flow ? TypedResults.Ok(flow) : HubProblems.NotFound($"flow '{id}' does not exist");

    private static async Task<Results<Ok<FlowVersionDetail>, ProblemHttpResult>> GetDraftAsync(string id, FlowRepository flows, CancellationToken ct) =>
        await flows.GetVersionAsync(id, FlowRepository.DraftVersion, ct) is { } draft ? TypedResults.Ok(draft) : HubProblems.NotFound($"flow '{id}' has no draft");

    private static async Task<Results<Ok<FlowVersionDetail>, ProblemHttpResult>> GetVersionAsync(string id, int version, FlowRepository flows, CancellationToken ct) =>
        await flows.GetVersionAsync(id, version, ct) is { } v ? TypedResults.Ok(v) : HubProblems.NotFound($"flow '{id}' has no version {version}");

    private static async Task<Results<Ok<FlowValidationReport>, ProblemHttpResult>> ValidateAsync(HttpRequest request, FlowValidationService validation, CancellationToken ct)
    {
        var text = await RequestBodies.ReadTextAsync(request, MaxDocumentBytes, ct);
        if (text is null)
        {
            return TooLarge();
        }

        var result = await validation.ValidateAsync(text, "request", ct);
        return TypedResults.Ok(new FlowValidationReport(result.IsValid, [.. result.Errors.Select(HubProblems.ToDto)]));
    }

    private static async Task<Results<Created<FlowVersionSummary>, ProblemHttpResult>> SaveDraftAsync(HttpRequest request, FlowValidationService validation, FlowRepository flows, CancellationToken ct) =>
        await SaveAsync(request, expectedId: null, validation, flows, ct);

    private static async Task<Results<Created<FlowVersionSummary>, ProblemHttpResult>> ReplaceDraftAsync(string id, HttpRequest request, FlowValidationService validation, FlowRepository flows, CancellationToken ct) =>
        await SaveAsync(request, id, validation, flows, ct);

    private static async Task<Results<Created<FlowVersionSummary>, ProblemHttpResult>> SaveAsync(HttpRequest request, string? expectedId, FlowValidationService validation, FlowRepository flows, CancellationToken ct)
    {
        var text = await RequestBodies.ReadTextAsync(request, MaxDocumentBytes, ct);
        if (text is null)
        {
            return TooLarge();
        }

        var result = await validation.ValidateAsync(text, "request", ct);
        if (!result.IsValid)
        {
            return HubProblems.InvalidFlow(result.Errors);
        }

        var definition = result.Definition!;
        if (expectedId is not null && definition.Id != expectedId)
        {
            return HubProblems.Invalid("The flow id does not match the URL", new Dictionary<string, string[]> { ["$.id"] = [$"the document says '{definition.Id}' but the URL says '{expectedId}'"] });
        }

        var summary = await flows.SaveDraftAsync(definition, definition.Document!, request.HttpContext.User.ActorName(), ct);
        return TypedResults.Created($"/api/flows/{definition.Id}/draft", summary);
    }

    private static async Task<NoContent> DeleteDraftAsync(string id, FlowRepository flows, CancellationToken ct)
    {
        await flows.DeleteDraftAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PublishResult>> PublishAsync(string id, HttpContext http, FlowRepository flows, FlowActivation activation, CancellationToken ct)
    {
        var result = await flows.PublishAsync(id, http.User.ActorName(), ct);
        await activation.ActivateAsync(ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<FlowVersionSummary>> RetireAsync(string id, int version, HttpContext http, FlowRepository flows, FlowActivation activation, CancellationToken ct)
    {
        var result = await flows.RetireAsync(id, version, http.User.ActorName(), ct);
        await activation.ActivateAsync(ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<FlowDiffDto>, ProblemHttpResult>> DiffAsync(string id, int from, int to, FlowRepository flows, CancellationToken ct)
    {
        var a = await flows.GetVersionAsync(id, from, ct);
        var b = await flows.GetVersionAsync(id, to, ct);
        if (a is null || b is null)
        {
            return HubProblems.NotFound($"flow '{id}' has no version {(a is null ? from : to)} (0 is the draft)");
        }

        var changes = FlowDiff.Compare(a.Content, b.Content)
            .Select(c => new FlowChangeDto(c.Path, JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()), c.Before, c.After))
            .ToList();
        return TypedResults.Ok(new FlowDiffDto(id, from, to, changes));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string id, int? version, FlowRepository flows, CancellationToken ct)
    {
        var detail = await flows.GetVersionAsync(id, version, ct);
        if (detail is null)
        {
            return HubProblems.NotFound(version is null ? $"flow '{id}' has no published version" : $"flow '{id}' has no version {version}");
        }

        var document = FlowExportDocument.From(detail);

        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return TypedResults.File(bytes, "application/json", $"{id}.flow.json");
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(title: "Flow document too large", detail: $"A flow document may have at most {MaxDocumentBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, type: HubProblems.TypeBase + "too-large");
}
