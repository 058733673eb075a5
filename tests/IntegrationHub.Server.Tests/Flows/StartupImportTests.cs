using System.Net.Http.Json;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Server.Tests.Infrastructure;
using IntegrationHub.Storage;
using IntegrationHub.TestUtils;

namespace IntegrationHub.Server.Tests.Flows;

public class StartupImportTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Restart_UnchangedFilesCreateNothing_ChangedFileCreatesOneVersion_InvalidFileIsSkipped(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = TestFlows.Folder(("a.flow.json", TestFlows.Valid("flow-a")), ("b.flow.json", TestFlows.Valid("flow-b")), ("bad.flow.json", TestFlows.InvalidWithThreeErrors));
        try
        {
            await StartAndListAsync(database, folder);
            var second = await StartAndListAsync(database, folder);
            File.WriteAllText(Path.Combine(folder, "a.flow.json"), TestFlows.Valid("flow-a", "Flow A, changed"));
            var third = await StartAndListAsync(database, folder);

            Assert.Equal(["flow-a", "flow-b"], second.Select(f => f.Id));
            Assert.All(second, f => Assert.Equal(1, f.LatestVersion));
            Assert.Equal(2, third.Single(f => f.Id == "flow-a").PublishedVersion);
            Assert.Equal(1, third.Single(f => f.Id == "flow-b").LatestVersion);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<List<FlowSummary>> StartAndListAsync(TestDatabase database, string folder)
    {
        await using var hub = new HubApplicationFactory(database, folder);
        using var client = hub.ClientWithKey(HubApplicationFactory.AdminKey);
        return (await client.GetFromJsonAsync<List<FlowSummary>>("/api/flows"))!;
    }
}
