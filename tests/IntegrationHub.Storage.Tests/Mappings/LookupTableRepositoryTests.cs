using System.Text.Json.Nodes;
using IntegrationHub.Storage.Mappings;
using IntegrationHub.TestUtils;

namespace IntegrationHub.Storage.Tests.Mappings;

public class LookupTableRepositoryTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.Postgres];

    private static JsonObject Table(string entries, string onMissing = "error") =>
        JsonNode.Parse($$"""{ "id": "units", "description": "Units", "onMissing": "{{onMissing}}", "entries": { {{entries}} } }""")!.AsObject();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_ExpectedRevisionGuardsConcurrentEdits_AndUnchangedContentIsNoRevision(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new LookupTableRepository(db, TimeProvider.System);

        var created = await sut.SaveAsync("units", Table("\"CA\": \"CS\""), 0, "api", "pete");
        var same = await sut.SaveAsync("units", Table("\"CA\": \"CS\""), 1, "api", "pete");
        var next = await sut.SaveAsync("units", Table("\"CA\": \"CS\", \"EA\": \"EA\"", "passThrough"), 1, "designer", "pam");
        var stale = await Assert.ThrowsAsync<StoreException>(() => sut.SaveAsync("units", Table("\"X\": \"Y\""), 1, "api", "pete"));
        var exists = await Assert.ThrowsAsync<StoreException>(() => sut.SaveAsync("units", Table("\"X\": \"Y\""), 0, "api", "pete"));
        var overwrite = await sut.SaveAsync("units", Table("\"X\": \"Y\""), null, "api", "pete");
        var detail = await sut.GetAsync("units");

        Assert.Equal((1, 1, 2, 3), (created.Revision, same.Revision, next.Revision, overwrite.Revision));
        Assert.Equal(("passThrough", 2, "pam", "designer"), (next.OnMissing, next.Entries, next.UpdatedBy, next.Source));
        Assert.Equal(StoreErrorKind.Conflict, stale.Kind);
        Assert.Contains("revision 2, not 1", stale.Message);
        Assert.Equal(StoreErrorKind.Conflict, exists.Kind);
        Assert.Equal("Y", (string)detail!.Content["entries"]!["X"]!);
        Assert.Equal([new LookupTableRevision("units", 3)], await sut.ListRevisionsAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_ReplacesContentOnlyWhenTheFileChangedSinceItsLastImport(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new LookupTableRepository(db, TimeProvider.System);
        var file = Table("\"CA\": \"CS\"");

        var first = await sut.ImportAsync("units", file, "flows/lookups/units.json", "system");
        var unchanged = await sut.ImportAsync("units", file, "flows/lookups/units.json", "system");
        await sut.SaveAsync("units", Table("\"CA\": \"CASE\""), 1, "api", "pete");
        var editKept = await sut.ImportAsync("units", file, "flows/lookups/units.json", "system");
        var kept = await sut.GetAsync("units");
        var fileChanged = await sut.ImportAsync("units", Table("\"CA\": \"CS\", \"BX\": \"BX\""), "flows/lookups/units.json", "system");
        var replaced = await sut.GetAsync("units");

        Assert.Equal(new LookupImportOutcome("units", 1, true), first);
        Assert.Equal(new LookupImportOutcome("units", 1, false), unchanged);
        Assert.Equal(new LookupImportOutcome("units", 2, false), editKept);
        Assert.Equal("CASE", (string)kept!.Content["entries"]!["CA"]!);
        Assert.Equal(new LookupImportOutcome("units", 3, true), fileChanged);
        Assert.Equal(("flows/lookups/units.json", 2), (replaced!.Summary.Source, replaced.Summary.Entries));
    }
}
