using IntegrationHub.Storage;
using IntegrationHub.TestUtils;

namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>One server per test class on SQLite (the API behaviour does not depend on the provider; the store tests cover both).</summary>
public abstract class HubTestBase : IAsyncLifetime
{
    protected HubApplicationFactory Hub { get; private set; } = null!;

    protected virtual StorageProvider Provider => StorageProvider.Sqlite;

    protected virtual (string Name, string Content)[] FlowFiles => [("customer-sync.flow.json", TestFlows.Valid("customer-sync", "Customer sync"))];

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(Provider);
        Hub = new HubApplicationFactory(database, TestFlows.Folder(FlowFiles));
        _ = Hub.Server;
    }

    public async Task DisposeAsync()
    {
        await Hub.DisposeAsync();
        await Hub.Database.DisposeAsync();
        Directory.Delete(Hub.FlowsFolder, recursive: true);
    }
}
