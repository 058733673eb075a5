using System.Text;
using IntegrationHub.Storage;
using IntegrationHub.TestUtils;

namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>
/// One API node per test on a real database of <see cref="Provider"/>, serving the repository's flows folder: its
/// lookup tables and reference mappings are imported at start, as in production.
/// </summary>
public abstract class MappingHubTestBase : IAsyncLifetime
{
    protected HubApplicationFactory Hub { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    protected abstract StorageProvider Provider { get; }

    /// <summary>The flows folder served; the repository's own unless a test class needs another.</summary>
    protected virtual string FlowsFolder => RepositoryFlows.Folder;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(Provider);
        Hub = new HubApplicationFactory(database, FlowsFolder);
        Admin = Hub.ClientWithKey(HubApplicationFactory.AdminKey);
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Hub.DisposeAsync();
        await Hub.Database.DisposeAsync();
    }

    protected static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
