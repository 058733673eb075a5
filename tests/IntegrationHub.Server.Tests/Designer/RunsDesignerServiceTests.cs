using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Audit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Designer;

public class RunsDesignerServiceTests : WorkerHubTestBase
{
    private static object Availability(string sku, string customer = "C1000") => new { customerId = customer, lines = new[] { new { sku, quantity = 5 } } };

    [Fact]
    public async Task Operator_retries_a_dead_letter_with_corrected_input_and_the_action_is_audited_as_the_API_audits_it()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");
        var runId = await DeadLetterAsync("NOPE-1");
        await using var circuit = new DesignerCircuit(Hub.Services, "olivia", "operator");
        var runs = circuit.Get<IRunsDesignerService>();

        var page = await runs.SearchAsync(new RunSearch { Statuses = ["failed"], ErrorCategory = "dataQuality", BusinessKey = "C1000" });
        var failed = await runs.GetAsync(runId);
        var retried = await runs.RetryAsync(runId, JsonNode.Parse("""{ "skus": ["WID-100"], "warehouses": null }"""));
        var succeeded = await WaitForRunAsync(runId, "succeeded");

        Assert.Contains(page.Runs, r => r.Id == runId && r.FailedStep == "atp");
        Assert.Equal("NOPE-1", (string)failed!.Timeline.Last(s => s.StepId == "atp").Input!["skus"]![0]!);
        Assert.Equal("pending", retried.Status);
        Assert.Equal("succeeded", succeeded.Timeline.Last(s => s.StepId == "atp").Status);
        var entry = Assert.Single(await AuditAsync("runs.retry"));
        Assert.Equal(("olivia", "user", runId.ToString(), "200", "designer"), (entry.Actor, entry.ActorKind, entry.Target, entry.Outcome, entry.Details));
    }

    [Fact]
    public async Task Viewer_reads_runs_but_every_action_is_refused_and_nothing_changes()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");
        var runId = await DeadLetterAsync("NOPE-2");
        await using var circuit = new DesignerCircuit(Hub.Services, "vera", "viewer", "analyst", "publisher");
        var runs = circuit.Get<IRunsDesignerService>();

        var detail = await runs.GetAsync(runId);
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => runs.RetryAsync(runId, null));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => runs.RestartAsync(runId));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => runs.SkipAsync(runId, new JsonObject()));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => runs.CancelAsync(runId));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => runs.StartBulkReplayAsync(BulkReplayActions.Retry, new RunSearch()));

        Assert.Equal("failed", detail!.Summary.Status);
        Assert.Equal("failed", (await runs.GetAsync(runId))!.Summary.Status);
        Assert.Empty(await AuditAsync("runs.retry"));
        Assert.Empty(await AuditAsync("runs.bulkReplay"));
    }

    [Fact]
    public async Task Retry_of_a_run_that_did_not_fail_is_refused_with_the_reason_and_audited_exactly_like_the_API()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");
        using var response = await Admin.PostAsJsonAsync("/hooks/availability", Availability("WID-100"));
        var runId = Guid.Parse(response.Headers.GetValues("X-Run-Id").Single());
        await WaitForRunAsync(runId, "succeeded");
        await using var circuit = new DesignerCircuit(Hub.Services, "olivia", "operator");

        var refused = await Assert.ThrowsAsync<DesignerException>(() => circuit.Get<IRunsDesignerService>().RetryAsync(runId, null));
        using var api = await Admin.PostAsJsonAsync($"/api/runs/{runId}/retry", new RetryRunRequest(null));

        Assert.Contains("can be retried only when failed", refused.Message);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        var entries = await AuditAsync("runs.retry");
        Assert.Equal(2, entries.Count);
        Assert.Equal(entries[0].Outcome, entries[1].Outcome);
        Assert.Equal(entries[0].Target, entries[1].Target);
        Assert.Equal("error:RunOperationException", entries[0].Outcome);
    }

    [Fact]
    public async Task Run_detail_never_shows_a_connection_secret_that_a_payload_carries()
    {
        const string secret = "k3y-that-must-stay-hidden";
        using var created = await Admin.PostAsJsonAsync("/api/connections", new { name = "crm", connector = "http", settings = new { baseUrl = "https://crm.example.com/", apiKey = secret } });
        created.EnsureSuccessStatusCode();
        using var response = await Admin.PostAsJsonAsync("/hooks/availability", Availability("WID-100", customer: secret));
        var runId = Guid.Parse(response.Headers.GetValues("X-Run-Id").Single());
        await WaitForRunAsync(runId, "failed", "succeeded");
        await using var circuit = new DesignerCircuit(Hub.Services, "vera", "viewer");
        var runs = circuit.Get<IRunsDesignerService>();

        var detail = await runs.GetAsync(runId);
        var page = await runs.SearchAsync(new RunSearch { FlowId = "availability-check" });

        Assert.Equal("***", (string)detail!.Input!["customerId"]!);
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(detail));
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(page));
    }

    [Fact]
    public async Task Bulk_replay_from_the_designer_reports_progress_until_every_matching_run_was_replayed()
    {
        var failed = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await Admin.PostAsJsonAsync("/hooks/availability", Availability("WID-100", customer: $"C10{i}"));
            failed.Add(Guid.Parse(response.Headers.GetValues("X-Run-Id").Single()));
        }

        foreach (var id in failed)
        {
            await WaitForRunAsync(id, "failed");
        }

        await CreateConnectionAsync("sandbox-erp", "sandbox");
        await using var circuit = new DesignerCircuit(Hub.Services, "olivia", "operator");
        var runs = circuit.Get<IRunsDesignerService>();
        var search = new RunSearch { FlowId = "availability-check", ErrorCategory = "platform" };

        var matched = await runs.CountAsync(search with { Statuses = ["failed"] });
        var operation = await runs.StartBulkReplayAsync(BulkReplayActions.Retry, search);
        BulkOperationDto? progress;
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(100);
            progress = await runs.GetBulkReplayAsync(operation.Id);
        }
        while (progress!.Status == "running" && DateTimeOffset.UtcNow < deadline);

        foreach (var id in failed)
        {
            await WaitForRunAsync(id, "succeeded");
        }

        Assert.Equal(3, matched);
        Assert.Equal((3, "olivia"), (operation.Total, operation.CreatedBy));
        Assert.Equal(("completed", 3, 0), (progress.Status, progress.Succeeded, progress.Failed));
        var entry = Assert.Single(await AuditAsync("runs.bulkReplay"));
        Assert.Equal(("olivia", null, "202"), (entry.Actor, entry.Target, entry.Outcome));
    }

    [Fact]
    public async Task Dashboard_counts_the_runs_of_the_window_by_flow_and_outcome()
    {
        await CreateConnectionAsync("sandbox-erp", "sandbox");
        using var ok = await Admin.PostAsJsonAsync("/hooks/availability", Availability("WID-100"));
        await WaitForRunAsync(Guid.Parse(ok.Headers.GetValues("X-Run-Id").Single()), "succeeded");
        await DeadLetterAsync("NOPE-3");
        await using var circuit = new DesignerCircuit(Hub.Services, "vera", "viewer");
        var now = DateTimeOffset.UtcNow;

        var snapshot = await circuit.Get<IDashboardService>().GetAsync(new DashboardRequest(now.AddHours(-1), now.AddMinutes(1), 12));

        var flow = Assert.Single(snapshot.Flows);
        Assert.Equal(new FlowHealth("availability-check", 2, 1, 1, 0, 0), flow);
        Assert.Equal(1, snapshot.DeadLetters);
        Assert.Equal(1, snapshot.DeadLettersByCategory["dataQuality"]);
        Assert.Equal(2, snapshot.Volumes.Sum(v => v.Counts.Sum()));
        Assert.Contains(snapshot.SlowestSteps, s => s.StepId == "atp" && s.Samples >= 2);
    }

    private async Task<Guid> DeadLetterAsync(string sku)
    {
        using var response = await Admin.PostAsJsonAsync("/hooks/availability", Availability(sku));
        var runId = Guid.Parse(response.Headers.GetValues("X-Run-Id").Single());
        var run = await WaitForRunAsync(runId, "failed");
        Assert.Equal("dataQuality", run.Summary.ErrorCategory);
        return runId;
    }

    private async Task<List<AuditEntryDto>> AuditAsync(string action) =>
        (await Admin.GetFromJsonAsync<List<AuditEntryDto>>($"/api/audit?action={action}"))!;
}
