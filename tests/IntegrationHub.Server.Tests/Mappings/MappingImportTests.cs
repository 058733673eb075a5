using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Server.Tests.Infrastructure;
using IntegrationHub.Storage;
using IntegrationHub.TestUtils;

namespace IntegrationHub.Server.Tests.Mappings;

public class MappingImportTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Restarts_import_only_changed_files_and_keep_tables_edited_through_the_api(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = RepositoryFlows.Copy();
        try
        {
            var first = await StartAsync(database, folder);
            await using (var hub = new HubApplicationFactory(database, folder))
            {
                using var admin = hub.ClientWithKey(HubApplicationFactory.AdminKey);
                var edited = """{ "id": "carrier-codes", "onMissing": "passThrough", "entries": { "UPSN": "UPS" } }""";
                (await admin.PutAsync("/api/lookups/carrier-codes", new StringContent(edited, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
            }

            var second = await StartAsync(database, folder);
            var mappingFile = Path.Combine(folder, "mappings", "portal-order-to-sales-order.map.json");
            await File.WriteAllTextAsync(mappingFile, (await File.ReadAllTextAsync(mappingFile)).Replace("\"B2B portal order to SalesOrder\"", "\"B2B portal order to SalesOrder (v2)\"", StringComparison.Ordinal));
            var tableFile = Path.Combine(folder, "lookups", "unit-codes.json");
            await File.WriteAllTextAsync(tableFile, (await File.ReadAllTextAsync(tableFile)).Replace("\"EACH\": \"EA\"", "\"EACH\": \"EA\", \"EAC\": \"EA\"", StringComparison.Ordinal));
            await File.WriteAllTextAsync(Path.Combine(folder, "mappings", "broken.map.json"), """{ "id": "broken", "name": "Broken", "rules": [ { "target": "x", "lookup": "nowhere" } ] }""");
            var third = await StartAsync(database, folder);

            Assert.All(first.Mappings, m => Assert.Equal(1, m.PublishedVersion));
            Assert.Equal(first.Mappings.Select(m => (m.Id, m.LatestVersion)), second.Mappings.Select(m => (m.Id, m.LatestVersion)));
            Assert.All(second.Tables.Where(t => t.Id != "carrier-codes"), t => Assert.Equal(1, t.Revision));
            Assert.Equal((2, "api"), (second.Tables.Single(t => t.Id == "carrier-codes").Revision, second.Tables.Single(t => t.Id == "carrier-codes").Source));
            var changed = third.Mappings.Single(m => m.Id == "portal-order-to-sales-order");
            Assert.Equal((2, "B2B portal order to SalesOrder (v2)"), (changed.PublishedVersion!.Value, changed.Name));
            Assert.All(third.Mappings.Where(m => m.Id != changed.Id), m => Assert.Equal(1, m.LatestVersion));
            Assert.DoesNotContain(third.Mappings, m => m.Id == "broken");
            Assert.Equal(2, third.Tables.Single(t => t.Id == "unit-codes").Revision);
            Assert.Equal((2, "api"), (third.Tables.Single(t => t.Id == "carrier-codes").Revision, third.Tables.Single(t => t.Id == "carrier-codes").Source));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(List<MappingSummary> Mappings, List<LookupTableSummary> Tables)> StartAsync(TestDatabase database, string folder)
    {
        await using var hub = new HubApplicationFactory(database, folder);
        using var client = hub.ClientWithKey(HubApplicationFactory.AdminKey);
        var mappings = await client.GetFromJsonAsync<List<MappingSummary>>("/api/mappings", Web);
        var tables = await client.GetFromJsonAsync<List<LookupTableSummary>>("/api/lookups", Web);
        return (mappings!, tables!);
    }
}
