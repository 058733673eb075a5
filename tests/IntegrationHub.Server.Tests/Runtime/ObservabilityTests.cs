using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Runtime;

public class ObservabilityTests : WorkerHubTestBase
{
    private static object AvailabilityRequest() => new { customerId = "C1000", lines = new[] { new { sku = "WID-100", quantity = 5 } } };

    [Fact]
    public async Task Metrics_endpoint_reports_finished_runs_and_dead_letters_by_flow_and_needs_credentials()
    {
        using var failed = await Admin.PostAsJsonAsync("/hooks/availability", AvailabilityRequest());
        await WaitForRunAsync(Guid.Parse(failed.Headers.GetValues("X-Run-Id").Single()), "failed");
        await CreateConnectionAsync("sandbox-erp", "sandbox");
        using var succeeded = await Admin.PostAsJsonAsync("/hooks/availability", AvailabilityRequest());
        await WaitForRunAsync(Guid.Parse(succeeded.Headers.GetValues("X-Run-Id").Single()), "succeeded");
        using var anonymous = Hub.ClientWithKey(null);

        using var refused = await anonymous.GetAsync("/metrics");
        var text = await ScrapeUntilAsync("hub_runs_dead_lettered");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("hub_runs_finished_total{otel_scope_name=\"IntegrationHub.Runtime\",flow=\"availability-check\",status=\"succeeded\"} 1", text);
        Assert.Contains("hub_runs_finished_total{otel_scope_name=\"IntegrationHub.Runtime\",flow=\"availability-check\",status=\"failed\"} 1", text);
        Assert.Contains("hub_runs_dead_lettered_total{otel_scope_name=\"IntegrationHub.Runtime\",flow=\"availability-check\"} 1", text);
        Assert.Contains("hub_step_duration_milliseconds_count{otel_scope_name=\"IntegrationHub.Runtime\",connector=\"sandbox\",operation=\"getAvailability\"}", text);
        Assert.Contains("hub_queue_depth", text);
        Assert.Contains("hub_waits_pending", text);
        Assert.Contains("hub_journal_commits_total", text);
    }

    [Fact]
    public async Task Correlation_id_of_the_caller_is_echoed_and_a_missing_one_is_made_up()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/flows");
        request.Headers.Add("X-Correlation-Id", "portal-7f3a");

        using var given = await Admin.SendAsync(request);
        using var generated = await Admin.GetAsync("/api/flows");

        Assert.Equal("portal-7f3a", given.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Matches("^[0-9a-f]{32}$", generated.Headers.GetValues("X-Correlation-Id").Single());
    }

    private async Task<string> ScrapeUntilAsync(string expected)
    {
        // The exporter caches a scrape briefly; a counter recorded a moment ago shows up on a later scrape.
        var text = string.Empty;
        for (var attempt = 0; attempt < 50 && !text.Contains(expected, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 200);
            text = await Admin.GetStringAsync("/metrics");
        }

        return text;
    }
}
