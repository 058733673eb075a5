using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Server.Tests.Infrastructure;
using IntegrationHub.Storage;
using IntegrationHub.TestUtils;

namespace IntegrationHub.Server.Tests.Runtime;

/// <summary>A flow's map step runs the latest published version of its mapping in the store, with the store's lookup tables.</summary>
public class MapStepTests
{
    private const string Flow = """
        { "id": "map-probe", "name": "Map probe", "trigger": { "kind": "manual" },
          "steps": [ { "id": "shape", "kind": "map", "mapping": "probe-shape", "source": "=input" } ] }
        """;

    private const string Mapping = """
        { "id": "probe-shape", "name": "Probe shape", "rules": [
          { "target": "code", "source": "code", "lookup": "probe-codes" },
          { "target": "revision", "value": 1 } ] }
        """;

    private const string Codes = """{ "id": "probe-codes", "onMissing": "error", "entries": { "A": "Alpha" } }""";

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Map_steps_follow_publish_retire_and_lookup_changes_in_the_store(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = TestFlows.Folder(("map-probe.flow.json", Flow), ("mappings/probe-shape.map.json", Mapping));
        Directory.CreateDirectory(Path.Combine(folder, "lookups"));
        await File.WriteAllTextAsync(Path.Combine(folder, "lookups", "probe-codes.json"), Codes);
        try
        {
            await using var hub = new HubApplicationFactory(database, folder, role: "all");
            using var admin = hub.ClientWithKey(HubApplicationFactory.AdminKey);

            var imported = await RunAsync(admin, "A");
            (await admin.PutAsync("/api/mappings/probe-shape/draft", Json(Mapping.Replace("\"value\": 1", "\"value\": 2", StringComparison.Ordinal)))).EnsureSuccessStatusCode();
            (await admin.PostAsync("/api/mappings/probe-shape/publish", null)).EnsureSuccessStatusCode();
            var published = await RunAsync(admin, "A");
            (await admin.PutAsync("/api/lookups/probe-codes", Json(Codes.Replace("\"Alpha\"", "\"Alfa\"", StringComparison.Ordinal)))).EnsureSuccessStatusCode();
            var relabelled = await RunAsync(admin, "A");
            (await admin.PostAsync("/api/mappings/probe-shape/versions/2/retire", null)).EnsureSuccessStatusCode();
            var retired = await RunAsync(admin, "A");
            var miss = await RunAsync(admin, "B", "failed");
            (await admin.PostAsync("/api/mappings/probe-shape/versions/1/retire", null)).EnsureSuccessStatusCode();
            var none = await RunAsync(admin, "A", "failed");

            Assert.Equal("""{"code":"Alpha","revision":1}""", Output(imported));
            Assert.Equal("""{"code":"Alpha","revision":2}""", Output(published));
            Assert.Equal("""{"code":"Alfa","revision":2}""", Output(relabelled));
            Assert.Equal("""{"code":"Alfa","revision":1}""", Output(retired));
            Assert.Equal("dataQuality", miss.Summary.ErrorCategory);
            Assert.Contains("probe-codes", miss.Summary.Error);
            Assert.Contains("$.code <- $.code", miss.Summary.Error);
            Assert.Equal("platform", none.Summary.ErrorCategory);
            Assert.Contains("'probe-shape' has no published version", none.Summary.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string Output(RunDetailDto run) => run.Timeline.Single(s => s.StepId == "shape" && s.Status == "succeeded").Output!.ToJsonString();

    private static async Task<RunDetailDto> RunAsync(HttpClient admin, string code, string expected = "succeeded")
    {
        using var started = await admin.PostAsJsonAsync("/api/flows/map-probe/runs", new JsonObject { ["code"] = code }, Web);
        started.EnsureSuccessStatusCode();
        var runId = (await started.Content.ReadFromJsonAsync<StartRunResult>(Web))!.RunId;
        var run = await RunPolling.WaitForAsync(admin, runId, "succeeded", "failed");

        Assert.True(run.Summary.Status == expected, $"run {runId} is {run.Summary.Status} ({run.Summary.Error}), not {expected}");
        return run;
    }
}
