using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Audit;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Apis;

public class FlowsApiTests : HubTestBase
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task List_WithApiKey_ShowsTheImportedFlows()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);

        var flows = await client.GetFromJsonAsync<List<FlowSummary>>("/api/flows");

        var flow = Assert.Single(flows!);
        Assert.Equal("customer-sync", flow.Id);
        Assert.Equal(1, flow.PublishedVersion);
        Assert.Equal(["manual"], flow.Triggers);
    }

    [Fact]
    public async Task Create_InvalidFlow_Answers400ListingEveryErrorWithItsPath()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);

        using var response = await client.PostAsync("/api/flows", Json(TestFlows.InvalidWithThreeErrors));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("$.steps[0].connection"), problem.ToJsonString());
        Assert.True(errors.ContainsKey("$.steps[1].id"), problem.ToJsonString());
        Assert.True(errors.ContainsKey("$.steps[1].vars.v"), problem.ToJsonString());
        Assert.Equal(3, problem["flowErrors"]!.AsArray().Count);
    }

    [Fact]
    public async Task Create_MalformedJson_Answers400ProblemWithPosition()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);

        using var response = await client.PostAsync("/api/flows", Json("{ \"id\": \"x\", "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("not valid JSON at line 1", problem.ToJsonString());
    }

    [Fact]
    public async Task TypedEndpoint_MalformedJson_Answers400ProblemDetails()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);

        using var response = await client.PostAsync("/api/api-keys", Json("{ \"name\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Malformed JSON", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownId_Answers404Problem()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);

        using var response = await client.GetAsync("/api/flows/does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("does-not-exist", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DraftPublishRepublishRetireDiff_FollowTheLifecycle()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);

        (await client.PutAsync("/api/flows/customer-sync/draft", Json(TestFlows.Valid("customer-sync", "Customer sync v2")))).EnsureSuccessStatusCode();
        var published = await (await client.PostAsync("/api/flows/customer-sync/publish", null)).Content.ReadFromJsonAsync<PublishResult>();
        (await client.PutAsync("/api/flows/customer-sync/draft", Json(TestFlows.Valid("customer-sync", "Customer sync v2")))).EnsureSuccessStatusCode();
        var unchanged = await (await client.PostAsync("/api/flows/customer-sync/publish", null)).Content.ReadFromJsonAsync<PublishResult>();
        var diff = await client.GetFromJsonAsync<FlowDiffDto>("/api/flows/customer-sync/diff?from=1&to=2");
        using var retire = await client.PostAsync("/api/flows/customer-sync/versions/1/retire", null);
        var detail = await client.GetFromJsonAsync<FlowDetail>("/api/flows/customer-sync");

        Assert.Equal(new PublishResult("customer-sync", 2, true), published);
        Assert.Equal(new PublishResult("customer-sync", 2, false), unchanged);
        var change = Assert.Single(diff!.Changes);
        Assert.Equal("$.name", change.Path);
        Assert.Equal("changed", change.Kind);
        Assert.Equal(HttpStatusCode.OK, retire.StatusCode);
        Assert.Equal([2, 1], detail!.Versions.Select(v => v.Version));
        Assert.Equal(["published", "retired"], detail.Versions.Select(v => v.Status));
    }

    [Fact]
    public async Task PutDraft_IdDiffersFromUrl_Answers400WithFieldError()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);

        using var response = await client.PutAsync("/api/flows/customer-sync/draft", Json(TestFlows.Valid("other-id")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.id", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_ThenImportUnchanged_CreatesNoVersion()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);

        var exported = await client.GetStringAsync("/api/flows/customer-sync/export");
        (await client.PostAsync("/api/flows", Json(exported))).EnsureSuccessStatusCode();
        var result = await (await client.PostAsync("/api/flows/customer-sync/publish", null)).Content.ReadFromJsonAsync<PublishResult>();

        Assert.Equal(1, JsonNode.Parse(exported)!["version"]!.GetValue<int>());
        Assert.False(result!.Created);
        Assert.Equal(1, result.Version);
    }

    [Fact]
    public async Task MutatingCalls_AreAudited_WithActorActionTargetAndOutcome()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);
        (await client.PutAsync("/api/flows/customer-sync/draft", Json(TestFlows.Valid("customer-sync", "Audited")))).EnsureSuccessStatusCode();
        await client.PostAsync("/api/flows/customer-sync/publish", null);
        await client.PostAsync("/api/flows/missing/publish", null);

        var entries = await client.GetFromJsonAsync<List<AuditEntryDto>>("/api/audit?limit=50", new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Contains(entries!, e => e.Action == "flows.replaceDraft" && e.Target == "customer-sync" && e.Actor == "bootstrap" && e.ActorKind == "apiKey" && e.Outcome == "201");
        Assert.Contains(entries!, e => e.Action == "flows.publish" && e.Target == "customer-sync" && e.Outcome == "200");
        Assert.Contains(entries!, e => e.Action == "flows.publish" && e.Target == "missing" && e.Outcome == "error:StoreException");
    }

    [Fact]
    public async Task Validate_ReportsWithoutSaving()
    {
        using var client = Hub.ClientWithKey(HubApplicationFactory.AdminKey);

        var report = await (await client.PostAsync("/api/flows/validate", Json(TestFlows.InvalidWithThreeErrors))).Content.ReadFromJsonAsync<FlowValidationReport>();
        using var missing = await client.GetAsync("/api/flows/broken");

        Assert.False(report!.Valid);
        Assert.Equal(3, report.Errors.Count);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
