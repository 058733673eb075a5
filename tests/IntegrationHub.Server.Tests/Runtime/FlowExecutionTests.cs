using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Runtime;

public class FlowExecutionTests : WorkerHubTestBase
{
    private static object AvailabilityRequest(string customer = "C1000") => new { customerId = customer, lines = new[] { new { sku = "WID-100", quantity = 5 } } };

    [Fact]
    public async Task Http_hook_answers_synchronously_from_the_sandbox_ERP_and_the_run_is_findable_by_business_key()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");

        using var response = await Admin.PostAsJsonAsync("/hooks/availability", AvailabilityRequest());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var runId = Guid.Parse(response.Headers.GetValues("X-Run-Id").Single());
        var run = await WaitForRunAsync(runId, "succeeded");
        var found = await Admin.GetFromJsonAsync<List<RunSummaryDto>>("/api/runs?key=C1000&keyName=customerId");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("WID-100", body["lines"]![0]!["sku"]!.GetValue<string>());
        Assert.True(body["lines"]![0]!["warehouses"]!.AsArray().Count >= 2);
        Assert.Equal(["atp", "answer"], run.Timeline.Select(s => s.StepPath));
        Assert.Equal("succeeded", run.Timeline[0].Status);
        Assert.Contains(found!, r => r.Id == runId);
    }

    [Fact]
    public async Task Http_hook_with_the_same_idempotency_key_returns_the_original_run_and_answer()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/availability") { Content = JsonContent.Create(AvailabilityRequest()) };
            request.Headers.Add("Idempotency-Key", "portal-req-42");
            using var response = await Admin.SendAsync(request);
            return (Status: response.StatusCode, Run: response.Headers.GetValues("X-Run-Id").Single(), Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Run).Distinct());
        Assert.Single(answers.Select(a => JsonNode.Parse(a.Body)!["lines"]!.ToJsonString()).Distinct());
    }

    [Fact]
    public async Task Http_hook_without_the_connection_fails_as_a_platform_error_and_is_dead_lettered()
    {
        using var response = await Admin.PostAsJsonAsync("/hooks/availability", AvailabilityRequest());
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var runId = Guid.Parse(problem["runId"]!.GetValue<string>());
        var failed = await Admin.GetFromJsonAsync<List<RunSummaryDto>>("/api/runs?status=failed&errorCategory=platform");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("atp", problem["step"]!.GetValue<string>());
        Assert.Contains("sandbox-erp", problem["detail"]!.GetValue<string>());
        Assert.Contains(failed!, r => r.Id == runId && r.FailedStep == "atp");
    }

    [Fact]
    public async Task Manual_start_takes_the_posted_body_as_input_whether_chunked_or_with_a_length()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/flows/availability-check/runs") { Content = JsonContent.Create(AvailabilityRequest("C1000")) };
        chunked.Headers.TransferEncodingChunked = true;
        using var sized = new StringContent("""{ "customerId": "C2000", "lines": [] }""", System.Text.Encoding.UTF8, "application/json");

        using var first = await Admin.SendAsync(chunked);
        using var second = await Admin.PostAsync("/api/flows/availability-check/runs", sized);
        using var malformed = await Admin.PostAsync("/api/flows/availability-check/runs", new StringContent("{ \"n\": ", System.Text.Encoding.UTF8, "application/json"));
        var a = await Admin.GetFromJsonAsync<RunDetailDto>($"/api/runs/{(await first.Content.ReadFromJsonAsync<StartRunResult>())!.RunId}");
        var b = await Admin.GetFromJsonAsync<RunDetailDto>($"/api/runs/{(await second.Content.ReadFromJsonAsync<StartRunResult>())!.RunId}");

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (first.StatusCode, second.StatusCode));
        Assert.Equal("C1000", a!.Input!["customerId"]!.GetValue<string>());
        Assert.Equal("C2000", b!.Input!["customerId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("line 1", await malformed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dead_letter_is_retried_by_an_operator_after_the_connection_is_fixed()
    {
        using var first = await Admin.PostAsJsonAsync("/hooks/availability", AvailabilityRequest());
        var runId = Guid.Parse(first.Headers.GetValues("X-Run-Id").Single());
        await WaitForRunAsync(runId, "failed");

        await CreateConnectionAsync("sandbox-erp", "sandbox");
        using var retry = await Admin.PostAsJsonAsync($"/api/runs/{runId}/retry", new RetryRunRequest(null));
        var run = await WaitForRunAsync(runId, "succeeded");
        var audit = await Admin.GetStringAsync("/api/audit?action=runs.retry");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, run.Timeline.Count(s => s.StepPath == "atp"));
        Assert.Contains(runId.ToString(), audit);
    }

    [Fact]
    public async Task Unknown_hook_path_and_malformed_body_are_clear_problems()
    {
        using var unknown = await Admin.PostAsJsonAsync("/hooks/nothing-here", new { });
        using var malformed = await Admin.PostAsync("/hooks/availability", new StringContent("{ \"customerId\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("no published flow serves POST /hooks/nothing-here", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("not valid JSON", await malformed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Posted_event_is_applied_once_per_id()
    {
        var first = await (await Admin.PostAsJsonAsync("/api/events", new PublishEventRequest("evt-1", "wms.shipment.shipped", "SO-1", new JsonObject()))).Content.ReadFromJsonAsync<PublishEventResult>();
        var again = await (await Admin.PostAsJsonAsync("/api/events", new PublishEventRequest("evt-1", "wms.shipment.shipped", "SO-1", new JsonObject()))).Content.ReadFromJsonAsync<PublishEventResult>();

        Assert.True(first!.Accepted);
        Assert.False(again!.Accepted);
    }
}
