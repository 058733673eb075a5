using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Storage.Mappings;
using IntegrationHub.TestUtils;

namespace IntegrationHub.Storage.Tests.Mappings;

public class MappingRepositoryTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.Postgres];

    /// <summary>Runs the same work at once on four repositories with their own connections, as four hub nodes would.</summary>
    private static Task<T[]> OnFourNodesAsync<T>(TestDatabase database, Func<MappingRepository, int, Task<T>> work) =>
        Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            await using var db = database.CreateContext();
            return await work(new MappingRepository(db, TimeProvider.System), i);
        }));

    private static MappingDocumentInfo Document(string id, string name = "Mapping", string json = """{ "target": "a", "source": "b" }""") =>
        new(id, name, "portal-order", "sales-order", JsonNode.Parse($$"""{ "id": "{{id}}", "name": "{{name}}", "targetSchema": "sales-order", "rules": [ {{json}} ] }""")!.AsObject());

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PublishAsync_DraftThenUnchangedDraft_CreatesOneVersion(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new MappingRepository(db, TimeProvider.System);

        var draft = await sut.SaveDraftAsync(Document("order-in"), "api", "ana");
        var first = await sut.PublishAsync("order-in", "pete");
        await sut.SaveDraftAsync(Document("order-in"), "api", "ana");
        var second = await sut.PublishAsync("order-in", "pete");

        Assert.Equal((0, FlowVersionStatus.Draft), (draft.Version, draft.Status));
        Assert.Equal(new MappingPublishResult("order-in", 1, true), first);
        Assert.Equal(new MappingPublishResult("order-in", 1, false), second);
        var only = Assert.Single((await sut.GetAsync("order-in"))!.Versions);
        Assert.Equal((FlowVersionStatus.Published, "pete", "ana"), (only.Status, only.PublishedBy, only.CreatedBy));
        var listed = Assert.Single(await sut.ListAsync());
        Assert.Equal(("portal-order", "sales-order", 1, false), (listed.SourceSchema, listed.TargetSchema, listed.PublishedVersion!.Value, listed.HasDraft));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateDraftAsync_ConcurrentCreatesOfOneId_OneWinsAndTheOthersAreRefused(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var outcomes = await OnFourNodesAsync(database, async (sut, i) =>
        {
            try
            {
                await sut.CreateDraftAsync(Document("new-map", $"Attempt {i}"), "designer", $"analyst{i}");
                return (StoreException?)null;
            }
            catch (StoreException e)
            {
                return e;
            }
        });

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.OfType<StoreException>(), e => Assert.Equal((StoreErrorKind.Conflict, "a mapping with the id 'new-map' already exists"), (e.Kind, e.Message)));
        await using var check = database.CreateContext();
        var sut = new MappingRepository(check, TimeProvider.System);
        var draft = Assert.Single((await sut.GetAsync("new-map"))!.Versions);
        Assert.Equal(FlowVersionStatus.Draft, draft.Status);
        await sut.PublishAsync("new-map", "pete");
        await Assert.ThrowsAsync<StoreException>(() => sut.CreateDraftAsync(Document("new-map"), "designer", "ana"));
        Assert.DoesNotContain((await sut.GetAsync("new-map"))!.Versions, v => v.Version == 0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PublishAsync_DraftWithoutRules_IsRefusedAndTheDraftKept(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new MappingRepository(db, TimeProvider.System);
        var empty = Document("empty-map") with { Content = JsonNode.Parse("""{ "id": "empty-map", "name": "Empty", "targetSchema": "sales-order", "rules": [] }""")!.AsObject() };
        await sut.CreateDraftAsync(empty, "designer", "ana");

        var refused = await Assert.ThrowsAsync<StoreException>(() => sut.PublishAsync("empty-map", "pete"));

        Assert.Equal((StoreErrorKind.Conflict, "mapping 'empty-map' has no rules yet: add at least one rule before publishing"), (refused.Kind, refused.Message));
        Assert.Equal([0], (await sut.GetAsync("empty-map"))!.Versions.Select(v => v.Version));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_IgnoresKeyOrderSchemaAndVersion_AndChangedContentIsTheNextVersion(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new MappingRepository(db, TimeProvider.System);
        var original = Document("po-out");
        var reordered = original with { Content = JsonNode.Parse("""{ "$schema": "../schemas/mapping.schema.json", "version": 7, "rules": [ { "source": "b", "target": "a" } ], "targetSchema": "sales-order", "name": "Mapping", "id": "po-out" }""")!.AsObject() };

        var first = await sut.ImportAsync(original, "flows/mappings/po-out.map.json", "system");
        var again = await sut.ImportAsync(reordered, "flows/mappings/po-out.map.json", "system");
        var changed = await sut.ImportAsync(Document("po-out", json: """{ "target": "a", "source": "c" }"""), "flows/mappings/po-out.map.json", "system");
        var latest = await sut.GetLatestPublishedAsync("po-out");
        var stored = await sut.GetVersionAsync("po-out", 2);

        Assert.Equal(new MappingImportOutcome("po-out", 1, true), first);
        Assert.Equal(new MappingImportOutcome("po-out", 1, false), again);
        Assert.Equal(new MappingImportOutcome("po-out", 2, true), changed);
        Assert.Equal((2, stored!.Summary.ContentHash), (latest!.Version, latest.ContentHash));
        Assert.Equal("c", (string)stored.Content["rules"]![0]!["source"]!);
        Assert.False(stored.Content.ContainsKey("version"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_ConcurrentNodes_CreateOneVersion(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var outcomes = await OnFourNodesAsync(database, (sut, _) => sut.ImportAsync(Document("ship-out"), "flows/mappings/ship-out.map.json", "system"));

        Assert.Single(outcomes, o => o.Created);
        Assert.All(outcomes, o => Assert.Equal(1, o.Version));
        await using var check = database.CreateContext();
        Assert.Single((await new MappingRepository(check, TimeProvider.System).GetAsync("ship-out"))!.Versions);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RetireAsync_LatestPublishedFallsBack_AndOnlyPublishedVersionsRetire(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new MappingRepository(db, TimeProvider.System);
        await sut.ImportAsync(Document("inv-out"), "file", "system");
        await sut.ImportAsync(Document("inv-out", json: """{ "target": "z", "value": 1 }"""), "file", "system");

        var retired = await sut.RetireAsync("inv-out", 2, "pete");
        var fallback = await sut.GetLatestPublishedAsync("inv-out");
        var again = await Assert.ThrowsAsync<StoreException>(() => sut.RetireAsync("inv-out", 2, "pete"));
        var missing = await Assert.ThrowsAsync<StoreException>(() => sut.RetireAsync("inv-out", 9, "pete"));
        var noDraft = await Assert.ThrowsAsync<StoreException>(() => sut.PublishAsync("inv-out", "pete"));

        Assert.Equal((FlowVersionStatus.Retired, true), (retired.Status, retired.RetiredAt is not null));
        Assert.Equal(1, fallback!.Version);
        Assert.Equal(StoreErrorKind.Conflict, again.Kind);
        Assert.Equal(StoreErrorKind.NotFound, missing.Kind);
        Assert.Equal(StoreErrorKind.Conflict, noDraft.Kind);
        Assert.Null(await sut.GetLatestPublishedAsync("nowhere"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeleteDraftAsync_DraftOnlyMappingDisappears(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new MappingRepository(db, TimeProvider.System);
        await sut.SaveDraftAsync(Document("scratch"), "designer", "ana");

        await sut.DeleteDraftAsync("scratch");
        var gone = await Assert.ThrowsAsync<StoreException>(() => sut.DeleteDraftAsync("scratch"));

        Assert.Null(await sut.GetAsync("scratch"));
        Assert.Empty(await sut.ListIdsAsync());
        Assert.Equal(StoreErrorKind.NotFound, gone.Kind);
    }
}
