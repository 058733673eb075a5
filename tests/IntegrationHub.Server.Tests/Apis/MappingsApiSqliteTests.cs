using IntegrationHub.Storage;

namespace IntegrationHub.Server.Tests.Apis;

/// <summary><see cref="MappingsApiTests"/> on the embedded store.</summary>
public sealed class MappingsApiSqliteTests : MappingsApiTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
