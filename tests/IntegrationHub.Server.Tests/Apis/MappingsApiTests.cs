using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Audit;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Apis;

/// <summary><c>/api/mappings</c> on a real store (see the provider subclasses), with the repository's mappings imported at start.</summary>
public abstract class MappingsApiTests : MappingHubTestBase
{
    /// <summary>A small mapping onto the canonical SalesOrder: a path, a constant, an array with an expression and a lookup.</summary>
    private const string Probe = """
        {
          "id": "unit-probe", "name": "Unit probe", "targetSchema": "sales-order",
          "rules": [
            { "target": "orderNumber", "source": "ref" },
            { "target": "sourceChannel", "value": "portal" },
            { "target": "lines", "forEach": "items", "rules": [
              { "target": "lineNumber", "expression": "=index + 1" },
              { "target": "uom", "source": "unit", "lookup": "unit-codes" }
            ] }
          ]
        }
        """;

    private const string UnknownReferences = """
        { "id": "references", "name": "References", "targetSchema": "no-such-schema",
          "rules": [ { "target": "a", "source": "x", "lookup": "no-such-table" } ] }
        """;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static JsonNode ProbeSample() => JsonNode.Parse("""{ "ref": "SO-1", "items": [ { "unit": "ca" }, { "unit": "XX" } ] }""")!;

    [Fact]
    public async Task Every_reference_mapping_is_imported_at_start_and_previews_its_sample_without_errors()
    {
        var listed = await Admin.GetFromJsonAsync<List<MappingSummary>>("/api/mappings", Web);
        var failures = new List<string>();
        foreach (var id in RepositoryFlows.MappingIds())
        {
            var version = await Admin.GetFromJsonAsync<MappingVersionDetail>($"/api/mappings/{id}/versions/1", Web);
            var sampleName = (string)version!.Content["sample"]!;
            var sample = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryFlows.Folder, "samples", sampleName)));
            using var response = await Admin.PostAsJsonAsync($"/api/mappings/{id}/preview", new MappingPreviewRequest(sample), Web);
            var preview = await response.Content.ReadFromJsonAsync<MappingPreviewResult>(Web);
            if (response.StatusCode != HttpStatusCode.OK || preview is null || !preview.Succeeded || preview.Errors.Count > 0 || preview.Output is null || preview.Trace.Count == 0)
            {
                failures.Add($"{id} ({sampleName}): {response.StatusCode} {string.Join("; ", preview?.Errors.Select(e => $"{e.TargetPath} <- {e.SourcePath} ({e.Rule}): {e.Message}") ?? [])}");
                continue;
            }

            Assert.Equal(1, preview.Version);
            Assert.All(preview.Trace, t => Assert.NotEqual("failed", t.Outcome));
        }

        Assert.Empty(failures);
        Assert.Equal(RepositoryFlows.MappingIds(), listed!.Select(m => m.Id));
        Assert.All(listed!, m => Assert.Equal((1, (int?)1, false), (m.LatestVersion, m.PublishedVersion, m.HasDraft)));
    }

    [Fact]
    public async Task Preview_of_a_draft_document_explains_each_error_by_target_path_source_path_and_rule()
    {
        var request = new MappingPreviewRequest(ProbeSample(), JsonNode.Parse(Probe)!.AsObject());

        using var response = await Admin.PostAsJsonAsync("/api/mappings/unit-probe/preview", request, Web);
        var preview = await response.Content.ReadFromJsonAsync<MappingPreviewResult>(Web);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(preview!.Succeeded);
        Assert.Null(preview.Version);
        Assert.Equal("SO-1", (string)preview.Output!["orderNumber"]!);
        Assert.Equal(("CS", 1L), ((string)preview.Output["lines"]![0]!["uom"]!, (long)preview.Output["lines"]![0]!["lineNumber"]!));
        var miss = Assert.Single(preview.Errors, e => e.Kind == "rule");
        Assert.Equal(("$.lines[1].uom", "$.items[1].unit", "$.rules[2].rules[1]", "dataQuality"), (miss.TargetPath, miss.SourcePath, miss.Rule, miss.Category));
        Assert.Contains("unit-codes", miss.Message);
        Assert.Contains("XX", miss.Message);
        Assert.Contains(preview.Errors, e => e.Kind == "schema" && e.TargetPath == "$.orderDate" && e.Message.Contains("required", StringComparison.Ordinal));
        Assert.Contains(preview.Trace, t => t.Rule == "$.rules[2].rules[1]" && t.TargetPath == "$.lines[0].uom" && t.SourcePath == "$.items[0].unit" && (string?)t.Value == "CS" && t.Outcome == "written");
        Assert.Contains(preview.Trace, t => t.Rule == "$.rules[2].rules[1]" && t.TargetPath == "$.lines[1].uom" && t.Outcome == "failed");
        Assert.Contains(preview.Trace, t => t.Rule == "$.rules[2]" && t.TargetPath == "$.lines" && (int?)t.Value == 2);
    }

    [Fact]
    public async Task Hostile_expressions_in_a_preview_are_stopped_with_a_clear_error_and_the_host_keeps_serving()
    {
        static MappingPreviewRequest Hostile(string expression) =>
            new(new JsonObject(), new JsonObject { ["id"] = "hostile", ["name"] = "Hostile", ["rules"] = new JsonArray(new JsonObject { ["target"] = "x", ["expression"] = expression }) });

        using var endless = await Admin.PostAsJsonAsync("/api/mappings/hostile/preview", Hostile("=(() => { while (true) {} })()"), Web);
        using var host = await Admin.PostAsJsonAsync("/api/mappings/hostile/preview", Hostile("=importNamespace('System.IO').File.ReadAllText('/etc/passwd')"), Web);
        using var afterwards = await Admin.GetAsync("/api/mappings");

        var loop = Assert.Single((await endless.Content.ReadFromJsonAsync<MappingPreviewResult>(Web))!.Errors);
        Assert.Equal(("$.x", "platform"), (loop.TargetPath, loop.Category));
        Assert.Contains("more statements than the sandbox allows", loop.Message);
        var reach = await host.Content.ReadFromJsonAsync<MappingPreviewResult>(Web);
        var refused = Assert.Single(reach!.Errors);
        Assert.Equal(("$.x", "dataQuality"), (refused.TargetPath, refused.Category));
        Assert.Contains("importNamespace is not defined", refused.Message);
        Assert.False(reach.Output!.AsObject().ContainsKey("x"));
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Draft_publish_republish_retire_and_export_follow_the_flow_lifecycle()
    {
        (await Admin.PutAsync("/api/mappings/unit-probe/draft", Json(Probe))).EnsureSuccessStatusCode();
        var first = await PublishAsync("unit-probe");
        (await Admin.PutAsync("/api/mappings/unit-probe/draft", Json(Probe.Replace("Unit probe", "Unit probe v2", StringComparison.Ordinal)))).EnsureSuccessStatusCode();
        var second = await PublishAsync("unit-probe");
        var exported = await Admin.GetStringAsync("/api/mappings/unit-probe/export");
        (await Admin.PostAsync("/api/mappings", Json(exported))).EnsureSuccessStatusCode();
        var unchanged = await PublishAsync("unit-probe");
        using var retire = await Admin.PostAsync("/api/mappings/unit-probe/versions/1/retire", null);
        using var retireAgain = await Admin.PostAsync("/api/mappings/unit-probe/versions/1/retire", null);
        var versions = await Admin.GetFromJsonAsync<List<MappingVersionSummary>>("/api/mappings/unit-probe/versions", Web);
        var summary = (await Admin.GetFromJsonAsync<List<MappingSummary>>("/api/mappings", Web))!.Single(m => m.Id == "unit-probe");

        Assert.Equal(new MappingPublishResult("unit-probe", 1, true), first);
        Assert.Equal(new MappingPublishResult("unit-probe", 2, true), second);
        Assert.Equal(new MappingPublishResult("unit-probe", 2, false), unchanged);
        Assert.Equal(2, JsonNode.Parse(exported)!["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, retire.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, retireAgain.StatusCode);
        Assert.Equal([(2, "published"), (1, "retired")], versions!.Select(v => (v.Version, v.Status)));
        Assert.Equal(("Unit probe v2", "sales-order", (int?)2, false), (summary.Name, summary.TargetSchema, summary.PublishedVersion, summary.HasDraft));
    }

    [Fact]
    public async Task Saving_with_if_none_match_star_creates_a_mapping_without_rules_and_refuses_an_id_in_use()
    {
        using var created = await Admin.SendAsync(CreateOnly("""{ "id": "brand-new", "name": "Brand new", "sourceSchema": "customer", "targetSchema": "customer", "rules": [] }"""));
        using var taken = await Admin.SendAsync(CreateOnly("""{ "id": "portal-order-to-sales-order", "name": "Someone else's", "rules": [] }"""));
        var mappings = await Admin.GetFromJsonAsync<List<MappingSummary>>("/api/mappings", Web);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("already exists", await taken.Content.ReadAsStringAsync());
        Assert.Equal((0, true), mappings!.Where(m => m.Id == "brand-new").Select(m => (m.LatestVersion, m.HasDraft)).Single());
        Assert.False(mappings!.Single(m => m.Id == "portal-order-to-sales-order").HasDraft);

        static HttpRequestMessage CreateOnly(string document)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/mappings") { Content = Json(document) };
            request.Headers.IfNoneMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
            return request;
        }
    }

    [Fact]
    public async Task Invalid_documents_are_rejected_with_every_error_at_its_json_path()
    {
        const string broken = """
            { "id": "broken", "name": "Broken", "targetSchema": "no-such-schema",
              "rules": [
                { "target": "a", "source": "x", "lookup": "no-such-table" },
                { "target": "b", "expression": "=input.(" },
                { "target": "c" }
              ] }
            """;

        var report = await (await Admin.PostAsync("/api/mappings/validate", Json(broken))).Content.ReadFromJsonAsync<MappingValidationReport>(Web);
        using var save = await Admin.PostAsync("/api/mappings", Json(broken));
        var problem = JsonNode.Parse(await save.Content.ReadAsStringAsync())!;
        using var malformed = await Admin.PostAsync("/api/mappings", Json("{ \"id\": \"x\", "));
        using var unsaved = await Admin.GetAsync("/api/mappings/broken");

        Assert.False(report!.Valid);
        Assert.Contains(report.Errors, e => e.Path == "$.rules[1].expression");
        Assert.Contains(report.Errors, e => e.Path == "$.rules[2]");
        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal("application/problem+json", save.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The mapping document is invalid", (string)problem["title"]!);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("$.rules[1].expression"), problem.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("not valid JSON", await malformed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unsaved.StatusCode);

        // References are checked once the structure is right: the unknown lookup table and target schema are named.
        var references = await (await Admin.PostAsync("/api/mappings/validate", Json(UnknownReferences))).Content.ReadFromJsonAsync<MappingValidationReport>(Web);
        Assert.False(references!.Valid);
        Assert.Contains(references.Errors, e => e.Path == "$.rules[0].lookup" && e.Message.Contains("no-such-table", StringComparison.Ordinal));
        Assert.Contains(references.Errors, e => e.Path == "$.targetSchema" && e.Message.Contains("no-such-schema", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_preview_requests_are_specific_problems()
    {
        using var noSample = await Admin.PostAsJsonAsync("/api/mappings/portal-order-to-sales-order/preview", new { }, Web);
        using var unknown = await Admin.PostAsJsonAsync("/api/mappings/no-such-mapping/preview", new MappingPreviewRequest(new JsonObject()), Web);
        using var noVersion = await Admin.PostAsJsonAsync("/api/mappings/portal-order-to-sales-order/preview?version=7", new MappingPreviewRequest(new JsonObject()), Web);
        using var otherId = await Admin.PostAsJsonAsync("/api/mappings/portal-order-to-sales-order/preview", new MappingPreviewRequest(new JsonObject(), JsonNode.Parse(Probe)!.AsObject()), Web);
        using var badDocument = await Admin.PostAsJsonAsync("/api/mappings/x/preview", new MappingPreviewRequest(new JsonObject(), new JsonObject { ["id"] = "x" }), Web);

        Assert.Equal(HttpStatusCode.BadRequest, noSample.StatusCode);
        Assert.Contains("$.sample", await noSample.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("no-such-mapping", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, noVersion.StatusCode);
        Assert.Contains("no version 7", await noVersion.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, otherId.StatusCode);
        Assert.Contains("$.document.id", await otherId.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badDocument.StatusCode);
        var problem = JsonNode.Parse(await badDocument.Content.ReadAsStringAsync())!;
        Assert.Equal("https://integrationhub.dev/problems/invalid-mapping", (string)problem["type"]!);
        Assert.Contains(problem["documentErrors"]!.AsArray(), e => ((string)e!["path"]!).StartsWith("$.document", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Roles_decide_who_reads_edits_drafts_and_publishes()
    {
        using var viewer = Hub.ClientWithKey(await Hub.KeyForRoleAsync(HubRoles.Viewer));
        using var analyst = Hub.ClientWithKey(await Hub.KeyForRoleAsync(HubRoles.Analyst));
        using var publisher = Hub.ClientWithKey(await Hub.KeyForRoleAsync(HubRoles.Publisher));
        using var anonymous = Hub.ClientWithKey(null);
        var preview = new MappingPreviewRequest(ProbeSample(), JsonNode.Parse(Probe)!.AsObject());

        using var viewerList = await viewer.GetAsync("/api/mappings");
        using var viewerPreview = await viewer.PostAsJsonAsync("/api/mappings/unit-probe/preview", preview, Web);
        using var viewerSave = await viewer.PostAsync("/api/mappings", Json(Probe));
        using var analystPreview = await analyst.PostAsJsonAsync("/api/mappings/unit-probe/preview", preview, Web);
        using var analystSave = await analyst.PostAsync("/api/mappings", Json(Probe));
        using var analystPublish = await analyst.PostAsync("/api/mappings/unit-probe/publish", null);
        using var publisherPublish = await publisher.PostAsync("/api/mappings/unit-probe/publish", null);
        using var anonymousList = await anonymous.GetAsync("/api/mappings");

        Assert.Equal(HttpStatusCode.OK, viewerList.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewerPreview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, viewerSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, analystPreview.StatusCode);
        Assert.Equal(HttpStatusCode.Created, analystSave.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, analystPublish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publisherPublish.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousList.StatusCode);
    }

    [Fact]
    public async Task Mutating_calls_are_audited_with_actor_action_target_and_outcome()
    {
        (await Admin.PutAsync("/api/mappings/unit-probe/draft", Json(Probe))).EnsureSuccessStatusCode();
        await Admin.PostAsync("/api/mappings/unit-probe/publish", null);
        await Admin.PostAsync("/api/mappings/no-such-mapping/publish", null);
        await Admin.DeleteAsync("/api/mappings/unit-probe/draft");

        var entries = await Admin.GetFromJsonAsync<List<AuditEntryDto>>("/api/audit?limit=100", Web);

        Assert.Contains(entries!, e => e.Action == "mappings.import" && e.Target == "portal-order-to-sales-order" && e.Actor == "system");
        Assert.Contains(entries!, e => e.Action == "mappings.replaceDraft" && e.Target == "unit-probe" && e.Actor == "bootstrap" && e.Outcome == "201");
        Assert.Contains(entries!, e => e.Action == "mappings.publish" && e.Target == "unit-probe" && e.Outcome == "200");
        Assert.Contains(entries!, e => e.Action == "mappings.publish" && e.Target == "no-such-mapping" && e.Outcome == "error:StoreException");
        Assert.Contains(entries!, e => e.Action == "mappings.deleteDraft" && e.Target == "unit-probe" && e.Outcome == "error:StoreException");
    }

    private async Task<MappingPublishResult> PublishAsync(string id)
    {
        using var response = await Admin.PostAsync($"/api/mappings/{id}/publish", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<MappingPublishResult>(Web))!;
    }
}
