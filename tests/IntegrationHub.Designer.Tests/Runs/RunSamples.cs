using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;

namespace IntegrationHub.Designer.Tests.Runs;

/// <summary>Runs as the hub reports them: a dead letter whose ERP call failed twice, and variations.</summary>
internal static class RunSamples
{
    public static readonly DateTimeOffset Started = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static RunDetailDto FailedAvailabilityCheck(Guid? id = null)
    {
        var runId = id ?? Guid.NewGuid();
        var summary = new RunSummaryDto(
            runId, "availability-check", 1, "failed", "http", "req-42", new Dictionary<string, string> { ["customerId"] = "C1000" },
            "dataQuality", "getAvailability: item 'NOPE-1' does not exist.", "atp", Started, Started.AddSeconds(2), Started.AddSeconds(2));
        var input = JsonNode.Parse("""{ "skus": ["NOPE-1"], "warehouses": null }""");
        return new RunDetailDto(
            summary,
            JsonNode.Parse("""{ "customerId": "C1000", "lines": [ { "sku": "NOPE-1", "quantity": 5 } ] }"""),
            null,
            null,
            1,
            null,
            null,
            [
                Step("atp", "call", 1, "failed", input, null, "transient", "The ERP did not answer within 2 s.", 0, 2000),
                Step("atp", "call", 2, "failed", input, null, "dataQuality", "getAvailability: item 'NOPE-1' does not exist.", 2200, 120),
            ]);
    }

    public static RunDetailDto Succeeded()
    {
        var failed = FailedAvailabilityCheck();
        return failed with
        {
            Summary = failed.Summary with { Status = "succeeded", Error = null, ErrorCategory = null, FailedStep = null },
            Output = JsonNode.Parse("""{ "lines": [] }"""),
            Timeline =
            [
                Step("atp", "call", 1, "succeeded", JsonNode.Parse("""{ "skus": ["WID-100"] }"""), JsonNode.Parse("""{ "items": [ { "sku": "WID-100", "totalAvailable": 140 } ] }"""), null, null, 0, 85),
                Step("answer", "respond", 1, "succeeded", null, JsonNode.Parse("""{ "status": 200 }"""), null, null, 90, 3),
            ],
        };
    }

    public static StepRecordDto Step(string id, string kind, int attempt, string status, JsonNode? input, JsonNode? output, string? category, string? error, int startMs, double durationMs, int generation = 1) =>
        new(generation, id, id, kind, attempt, status, input, output, category, error, Started.AddMilliseconds(startMs), Started.AddMilliseconds(startMs + durationMs), durationMs);
}
