using System.Text;
using System.Text.Json;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Server.Mappings;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage.Mappings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Apis;

/// <summary>Mapping documents: list, versions, drafts, validation, publish, retire, export, and preview on a sample.</summary>
internal static class MappingsApi
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static IEndpointRouteBuilder MapMappingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/mappings").WithTags("Mappings");
        api.MapGet("/", ListAsync).RequireAuthorization(HubPolicies.View).WithSummary("Lists the mappings.");
        api.MapGet("/{id}", GetAsync).RequireAuthorization(HubPolicies.View).WithSummary("Gets a mapping with its versions, newest first.");
        api.MapGet("/{id}/versions", VersionsAsync).RequireAuthorization(HubPolicies.View).WithSummary("Lists a mapping's versions, newest first.");
        api.MapGet("/{id}/draft", GetDraftAsync).RequireAuthorization(HubPolicies.View).WithSummary("Gets the draft with its document.");
        api.MapGet("/{id}/versions/{version:int}", GetVersionAsync).RequireAuthorization(HubPolicies.View).WithSummary("Gets a version with its document (0 is the draft).");
        api.MapGet("/{id}/export", ExportAsync).RequireAuthorization(HubPolicies.View).WithSummary("Downloads a version as a mapping file (default: the latest published).");
        api.MapPost("/validate", ValidateAsync).RequireAuthorization(HubPolicies.EditDrafts).Accepts<JsonDocument>("application/json")
            .WithSummary("Checks a mapping document without saving it.");
        api.MapPost("/", SaveDraftAsync).RequireAuthorization(HubPolicies.EditDrafts).Accepts<JsonDocument>("application/json")
            .WithSummary("Saves a document as its mapping's draft; with If-None-Match: * only when the mapping does not exist yet (409 otherwise).").Audited("mappings.saveDraft");
        api.MapPut("/{id}/draft", ReplaceDraftAsync).RequireAuthorization(HubPolicies.EditDrafts).Accepts<JsonDocument>("application/json")
            .WithSummary("Replaces a mapping's draft.").Audited("mappings.replaceDraft");
        api.MapDelete("/{id}/draft", DeleteDraftAsync).RequireAuthorization(HubPolicies.EditDrafts)
            .WithSummary("Discards a mapping's draft.").Audited("mappings.deleteDraft");
        api.MapPost("/{id}/publish", PublishAsync).RequireAuthorization(HubPolicies.Publish)
            .WithSummary("Publishes the draft as the next version (nothing when it equals the latest published).").Audited("mappings.publish");
        api.MapPost("/{id}/versions/{version:int}/retire", RetireAsync).RequireAuthorization(HubPolicies.Publish)
            .WithSummary("Retires a published version.").Audited("mappings.retire");
        api.MapPost("/{id}/preview", PreviewAsync).RequireAuthorization(HubPolicies.EditDrafts)
            .WithSummary("Maps a sample payload: output, errors (target path, source path, rule) and a per-rule trace.");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<MappingSummary>>> ListAsync(MappingRepository mappings, CancellationToken ct) =>
        TypedResults.Ok(await mappings.ListAsync(ct));

    private static async Task<Results<Ok<MappingDetail>, ProblemHttpResult>> GetAsync(string id, MappingRepository mappings, CancellationToken ct) =>
        await mappings.GetAsync(id, ct) is { } mapping ? TypedResults.Ok(mapping) : HubProblems.NotFound($"mapping '{id}' does not exist");

    private static async Task<Results<Ok<IReadOnlyList<MappingVersionSummary>>, ProblemHttpResult>> VersionsAsync(string id, MappingRepository mappings, CancellationToken ct) =>
        await mappings.GetAsync(id, ct) is { } mapping ? TypedResults.Ok(mapping.Versions) : HubProblems.NotFound($"mapping '{id}' does not exist");

    private static async Task<Results<Ok<MappingVersionDetail>, ProblemHttpResult>> GetDraftAsync(string id, MappingRepository mappings, CancellationToken ct) =>
        await mappings.GetVersionAsync(id, MappingRepository.DraftVersion, ct) is { } draft ? TypedResults.Ok(draft) : HubProblems.NotFound($"mapping '{id}' has no draft");

    private static async Task<Results<Ok<MappingVersionDetail>, ProblemHttpResult>> GetVersionAsync(string id, int version, MappingRepository mappings, CancellationToken ct) =>
        await mappings.GetVersionAsync(id, version, ct) is { } detail ? TypedResults.Ok(detail) : HubProblems.NotFound($"mapping '{id}' has no version {version}");

    private static async Task<Results<Ok<MappingValidationReport>, ProblemHttpResult>> ValidateAsync(HttpRequest request, MappingDocumentService documents, CancellationToken ct)
    {
        var text = await RequestBodies.ReadTextAsync(request, MappingDocumentService.MaxDocumentBytes, ct);
        if (text is null)
        {
            return HubProblems.TooLarge("Mapping document", MappingDocumentService.MaxDocumentBytes);
        }

        var check = await documents.CheckAsync(text, "request", ct);
        return TypedResults.Ok(new MappingValidationReport(check.IsValid, [.. check.Errors.Select(HubProblems.ToDto)]));
    }

    private static Task<Results<Created<MappingVersionSummary>, ProblemHttpResult>> SaveDraftAsync(HttpRequest request, MappingDocumentService documents, MappingRepository mappings, CancellationToken ct) =>
        SaveAsync(request, expectedId: null, documents, mappings, ct);

    private static Task<Results<Created<MappingVersionSummary>, ProblemHttpResult>> ReplaceDraftAsync(string id, HttpRequest request, MappingDocumentService documents, MappingRepository mappings, CancellationToken ct) =>
        SaveAsync(request, id, documents, mappings, ct);

    private static async Task<Results<Created<MappingVersionSummary>, ProblemHttpResult>> SaveAsync(HttpRequest request, string? expectedId, MappingDocumentService documents, MappingRepository mappings, CancellationToken ct)
    {
        var text = await RequestBodies.ReadTextAsync(request, MappingDocumentService.MaxDocumentBytes, ct);
        if (text is null)
        {
            return HubProblems.TooLarge("Mapping document", MappingDocumentService.MaxDocumentBytes);
        }

        var check = await documents.CheckAsync(text, "request", ct);
        if (!check.IsValid)
        {
            return HubProblems.InvalidMapping("The mapping document is invalid", check.Errors);
        }

        var document = check.Document!;
        if (expectedId is not null && document.Id != expectedId)
        {
            return HubProblems.Invalid("The mapping id does not match the URL", new Dictionary<string, string[]> { ["$.id"] = [$"the document says '{document.Id}' but the URL says '{expectedId}'"] });
        }

        // If-None-Match: * asks for a new mapping only (RFC 9110 13.1.2): an id in use is refused, not given a new draft.
        var info = MappingDocumentService.ToInfo(document);
        var actor = request.HttpContext.User.ActorName();
        var summary = expectedId is null && request.Headers.IfNoneMatch == "*"
            ? await mappings.CreateDraftAsync(info, "api", actor, ct)
            : await mappings.SaveDraftAsync(info, "api", actor, ct);
        return TypedResults.Created($"/api/mappings/{document.Id}/draft", summary);
    }

    private static async Task<NoContent> DeleteDraftAsync(string id, MappingRepository mappings, CancellationToken ct)
    {
        await mappings.DeleteDraftAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MappingPublishResult>> PublishAsync(string id, HttpContext http, MappingRepository mappings, CancellationToken ct) =>
        TypedResults.Ok(await mappings.PublishAsync(id, http.User.ActorName(), ct));

    private static async Task<Ok<MappingVersionSummary>> RetireAsync(string id, int version, HttpContext http, MappingRepository mappings, CancellationToken ct) =>
        TypedResults.Ok(await mappings.RetireAsync(id, version, http.User.ActorName(), ct));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string id, int? version, MappingRepository mappings, CancellationToken ct)
    {
        var detail = await mappings.GetVersionAsync(id, version, ct);
        if (detail is null)
        {
            return HubProblems.NotFound(version is null ? $"mapping '{id}' has no published version" : $"mapping '{id}' has no version {version}");
        }

        var bytes = Encoding.UTF8.GetBytes(MappingDtos.ExportDocument(detail).ToJsonString(Indented));
        return TypedResults.File(bytes, "application/json", $"{id}.map.json");
    }

    private static async Task<Results<Ok<MappingPreviewResult>, ProblemHttpResult>> PreviewAsync(string id, int? version, MappingPreviewRequest? request, MappingPreviewService previews, CancellationToken ct)
    {
        if (request?.Sample is null)
        {
            return HubProblems.Invalid("The preview needs a sample", new Dictionary<string, string[]> { ["$.sample"] = ["give the payload to map as 'sample' (any JSON value)"] });
        }

        if (request.Document is null)
        {
            return await previews.PreviewStoredAsync(id, version, request.Sample, request.Vars, ct) is { } stored
                ? TypedResults.Ok(stored)
                : HubProblems.NotFound(version is null ? $"mapping '{id}' has neither a draft nor a published version" : $"mapping '{id}' has no version {version}");
        }

        if (version is not null)
        {
            return HubProblems.Invalid("Preview a document or a version, not both", new Dictionary<string, string[]> { ["version"] = ["leave out ?version= when the body carries a document"] });
        }

        MappingDocument document;
        try
        {
            document = MappingDocument.Parse(request.Document.ToJsonString(), "request");
        }
        catch (MappingValidationException e)
        {
            return HubProblems.InvalidMapping("The mapping document is invalid", [.. e.Errors.Select(Nested)]);
        }

        if (document.Id != id)
        {
            return HubProblems.Invalid("The mapping id does not match the URL", new Dictionary<string, string[]> { ["$.document.id"] = [$"the document says '{document.Id}' but the URL says '{id}'"] });
        }

        return TypedResults.Ok(await previews.PreviewDocumentAsync(document, request.Sample, request.Vars, ct));

        // The document sits under "document" in the body: point there.
        static FlowValidationError Nested(FlowValidationError e) => e with { Path = "$.document" + e.Path[1..] };
    }
}
