using IntegrationHub.Storage;

namespace IntegrationHub.Server.Tests.Apis;

/// <summary><see cref="LookupsApiTests"/> on the embedded store.</summary>
public sealed class LookupsApiSqliteTests : LookupsApiTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
