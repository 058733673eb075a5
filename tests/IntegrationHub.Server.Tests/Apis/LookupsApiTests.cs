using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Apis;

/// <summary><c>/api/lookups</c> on a real store (see the provider subclasses), with the repository's tables imported at start.</summary>
public abstract class LookupsApiTests : MappingHubTestBase
{
    private const string Units = """
        { "id": "unit-codes", "description": "Units, edited", "onMissing": "passThrough", "ignoreCase": true,
          "entries": { "CA": "CS", "EA": "EA", "XX": "EA" } }
        """;

    private const string UnitProbe = """
        { "id": "unit-probe", "name": "Unit probe", "rules": [ { "target": "uom", "source": "unit", "lookup": "unit-codes" } ] }
        """;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Shipped_tables_are_listed_with_their_behaviour_and_revision()
    {
        var tables = await Admin.GetFromJsonAsync<List<LookupTableSummary>>("/api/lookups", Web);
        var units = await Admin.GetFromJsonAsync<LookupTableDetail>("/api/lookups/unit-codes", Web);
        using var missing = await Admin.GetAsync("/api/lookups/no-such-table");

        Assert.Equal(
            Directory.EnumerateFiles(Path.Combine(RepositoryFlows.Folder, "lookups"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal),
            tables!.Select(t => t.Id));
        Assert.Equal(("error", 1, "flows/lookups/unit-codes.json"), (units!.Summary.OnMissing, units.Summary.Revision, units.Summary.Source));
        Assert.Equal("CS", (string)units.Content["entries"]!["CA"]!);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_saved_table_is_the_next_revision_and_previews_use_it_at_once()
    {
        var before = await PreviewAsync("XX");

        using var save = await Admin.PutAsync("/api/lookups/unit-codes?expectedRevision=1", Json(Units));
        var saved = await save.Content.ReadFromJsonAsync<LookupTableSummary>(Web);
        using var stale = await Admin.PutAsync("/api/lookups/unit-codes?expectedRevision=1", Json(Units.Replace("Units, edited", "Units, again", StringComparison.Ordinal)));
        using var exists = await Admin.PutAsync("/api/lookups/unit-codes?expectedRevision=0", Json(Units));
        var after = await PreviewAsync("XX");
        var unknownKey = await PreviewAsync("ZZ");

        Assert.Contains(before.Errors, e => e.TargetPath == "$.uom" && e.Message.Contains("'XX'", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.Equal((2, "passThrough", 3, "Units, edited"), (saved!.Revision, saved.OnMissing, saved.Entries, saved.Description));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("revision 2, not 1", await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, exists.StatusCode);
        Assert.True(after.Succeeded, string.Join("; ", after.Errors.Select(e => e.Message)));
        Assert.Equal("EA", (string)after.Output!["uom"]!);
        Assert.Equal("ZZ", (string)unknownKey.Output!["uom"]!);
    }

    [Fact]
    public async Task Invalid_or_mismatched_tables_and_callers_without_publish_rights_are_refused()
    {
        using var analyst = Hub.ClientWithKey(await Hub.KeyForRoleAsync(HubRoles.Analyst));

        using var invalid = await Admin.PutAsync("/api/lookups/unit-codes", Json("""{ "id": "unit-codes", "onMissing": "sometimes", "entries": { "CA": "CS" } }"""));
        using var otherId = await Admin.PutAsync("/api/lookups/unit-codes", Json(Units.Replace("\"unit-codes\"", "\"other\"", StringComparison.Ordinal)));
        using var malformed = await Admin.PutAsync("/api/lookups/unit-codes", Json("{ \"id\": "));
        using var forbidden = await analyst.PutAsync("/api/lookups/unit-codes", Json(Units));
        var unchanged = await Admin.GetFromJsonAsync<LookupTableDetail>("/api/lookups/unit-codes", Web);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("$.onMissing", await invalid.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, otherId.StatusCode);
        Assert.Contains("'other'", await otherId.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("not valid JSON", await malformed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(1, unchanged!.Summary.Revision);
    }

    private async Task<MappingPreviewResult> PreviewAsync(string unit)
    {
        var request = new MappingPreviewRequest(new JsonObject { ["unit"] = unit }, JsonNode.Parse(UnitProbe)!.AsObject());
        using var response = await Admin.PostAsJsonAsync("/api/mappings/unit-probe/preview", request, Web);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<MappingPreviewResult>(Web))!;
    }
}
