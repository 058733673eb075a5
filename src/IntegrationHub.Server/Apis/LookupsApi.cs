using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Server.Mappings;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage.Mappings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Apis;

/// <summary>
/// Lookup tables: list, get, save. A table has no draft: a save is the next revision and mappings use it from their
/// next run, so saving needs the publish policy.
/// </summary>
internal static class LookupsApi
{
    public static IEndpointRouteBuilder MapLookupsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/lookups").WithTags("Lookup tables");
        api.MapGet("/", ListAsync).RequireAuthorization(HubPolicies.View).WithSummary("Lists the lookup tables.");
        api.MapGet("/{id}", GetAsync).RequireAuthorization(HubPolicies.View).WithSummary("Gets a lookup table with its document.");
        api.MapPut("/{id}", SaveAsync).RequireAuthorization(HubPolicies.Publish).Accepts<System.Text.Json.JsonDocument>("application/json")
            .WithSummary("Saves a table as its next revision; ?expectedRevision= guards against concurrent edits (0: the table must be new).")
            .Audited("lookups.save");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<LookupTableSummary>>> ListAsync(LookupTableRepository tables, CancellationToken ct) =>
        TypedResults.Ok(await tables.ListAsync(ct));

    private static async Task<Results<Ok<LookupTableDetail>, ProblemHttpResult>> GetAsync(string id, LookupTableRepository tables, CancellationToken ct) =>
        await tables.GetAsync(id, ct) is { } table ? TypedResults.Ok(table) : HubProblems.NotFound($"lookup table '{id}' does not exist");

    private static async Task<Results<Ok<LookupTableSummary>, ProblemHttpResult>> SaveAsync(
        string id, int? expectedRevision, HttpRequest request, LookupTableRepository tables, StoredLookupTables loaded, CancellationToken ct)
    {
        var text = await RequestBodies.ReadTextAsync(request, MappingDocumentService.MaxDocumentBytes, ct);
        if (text is null)
        {
            return HubProblems.TooLarge("Lookup table", MappingDocumentService.MaxDocumentBytes);
        }

        if (expectedRevision < 0)
        {
            return HubProblems.Invalid("The expected revision is invalid", new Dictionary<string, string[]> { ["expectedRevision"] = ["give the revision you edited (0 for a new table)"] });
        }

        try
        {
            var (table, content) = MappingDocumentService.ParseLookup(text, "request");
            if (table.Id != id)
            {
                return HubProblems.Invalid("The table id does not match the URL", new Dictionary<string, string[]> { ["$.id"] = [$"the document says '{table.Id}' but the URL says '{id}'"] });
            }

            var saved = await tables.SaveAsync(id, content, expectedRevision, "api", request.HttpContext.User.ActorName(), ct);
            loaded.Invalidate();
            return TypedResults.Ok(saved);
        }
        catch (MappingValidationException e)
        {
            return HubProblems.InvalidMapping("The lookup table is invalid", e.Errors);
        }
    }
}
