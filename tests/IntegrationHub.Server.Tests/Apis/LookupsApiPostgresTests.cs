using IntegrationHub.Storage;

namespace IntegrationHub.Server.Tests.Apis;

/// <summary><see cref="LookupsApiTests"/> on PostgreSQL (HUB_TEST_POSTGRES, started by tests/run.sh).</summary>
public sealed class LookupsApiPostgresTests : LookupsApiTests
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
