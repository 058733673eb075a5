using IntegrationHub.Storage;

namespace IntegrationHub.Server.Tests.Apis;

/// <summary><see cref="MappingsApiTests"/> on PostgreSQL (HUB_TEST_POSTGRES, started by tests/run.sh).</summary>
public sealed class MappingsApiPostgresTests : MappingsApiTests
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
