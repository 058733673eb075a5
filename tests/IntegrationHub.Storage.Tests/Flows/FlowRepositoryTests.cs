using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Storage.Flows;
using IntegrationHub.TestUtils;

namespace IntegrationHub.Storage.Tests.Flows;

public class FlowRepositoryTests
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.Postgres];

    private static (FlowDefinition Definition, JsonObject Content) Flow(string id, string name = "Flow")
    {
        var json = $$"""{ "id": "{{id}}", "name": "{{name}}", "trigger": { "kind": "manual" }, "steps": [ { "id": "s", "kind": "set", "vars": { "a": 1 } } ] }""";
        var definition = FlowValidator.Parse(json);
        return (definition, definition.Document!);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PublishAsync_DraftThenUnchangedDraft_CreatesOneVersion(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new FlowRepository(db, TimeProvider.System);
        var (definition, content) = Flow("order-intake");

        await sut.SaveDraftAsync(definition, content, "ana");
        var first = await sut.PublishAsync("order-intake", "pete");
        await sut.SaveDraftAsync(definition, content, "ana");
        var second = await sut.PublishAsync("order-intake", "pete");

        Assert.Equal(new PublishResult("order-intake", 1, true), first);
        Assert.Equal(new PublishResult("order-intake", 1, false), second);
        var detail = await sut.GetAsync("order-intake");
        var only = Assert.Single(detail!.Versions);
        Assert.Equal(FlowVersionStatus.Published, only.Status);
        Assert.Equal("pete", only.PublishedBy);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_SameContentTwice_SecondIsUnchangedAndChangedContentIsNewVersion(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new FlowRepository(db, TimeProvider.System);
        var (definition, content) = Flow("po-sync");
        var (changed, changedContent) = Flow("po-sync", "PO sync v2");

        var first = await sut.ImportAsync(definition, content, "flows/po-sync.flow.json", "system");
        var again = await sut.ImportAsync(definition, content, "flows/po-sync.flow.json", "system");
        var third = await sut.ImportAsync(changed, changedContent, "flows/po-sync.flow.json", "system");

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(1, again.Version);
        Assert.True(third.Created);
        Assert.Equal(2, third.Version);
        Assert.Equal("PO sync v2", (await sut.GetVersionAsync("po-sync", null))!.Content["name"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RetireAsync_PublishedVersion_IsRetiredAndNotServed(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new FlowRepository(db, TimeProvider.System);
        var (definition, content) = Flow("ship");
        await sut.ImportAsync(definition, content, "file", "system");

        var retired = await sut.RetireAsync("ship", 1, "pete");

        Assert.Equal(FlowVersionStatus.Retired, retired.Status);
        Assert.Empty(await sut.ListPublishedAsync());
        var again = await Assert.ThrowsAsync<StoreException>(() => sut.RetireAsync("ship", 1, "pete"));
        Assert.Equal(StoreErrorKind.Conflict, again.Kind);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PublishAsync_NoDraft_ConflictAndUnknownFlowIsNotFound(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var sut = new FlowRepository(db, TimeProvider.System);
        var (definition, content) = Flow("f1");
        await sut.ImportAsync(definition, content, "file", "system");

        Assert.Equal(StoreErrorKind.Conflict, (await Assert.ThrowsAsync<StoreException>(() => sut.PublishAsync("f1", "p"))).Kind);
        Assert.Equal(StoreErrorKind.NotFound, (await Assert.ThrowsAsync<StoreException>(() => sut.PublishAsync("nope", "p"))).Kind);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_ConcurrentImportsOfOneFile_CreateExactlyOneVersion(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (definition, content) = Flow("race");

        // Four "nodes" start at once and import the same file.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = database.CreateContext();
            return await new FlowRepository(db, TimeProvider.System).ImportAsync(definition, content, "file", "system");
        }));

        Assert.All(outcomes, o => Assert.Equal(1, o.Version));
        await using var check = database.CreateContext();
        Assert.Single((await new FlowRepository(check, TimeProvider.System).GetAsync("race"))!.Versions);
    }
}
