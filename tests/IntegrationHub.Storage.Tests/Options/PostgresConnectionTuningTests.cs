using Npgsql;

namespace IntegrationHub.Storage.Tests.Options;

public sealed class PostgresConnectionTuningTests
{
    [Fact]
    public void A_string_without_the_setting_gets_no_reset_on_close()
    {
        var tuned = new NpgsqlConnectionStringBuilder(HubDbContextOptions.TunePostgresConnectionString("Host=127.0.0.1;Username=hub"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal("127.0.0.1", tuned.Host);
    }

    [Theory]
    [InlineData("Host=h;No Reset On Close=false")]
    [InlineData("Host=h;NoResetOnClose=false")]
    [InlineData("Host=h;no reset on close=False")]
    public void An_explicit_reset_setting_in_the_configured_string_is_kept(string configured)
    {
        var tuned = new NpgsqlConnectionStringBuilder(HubDbContextOptions.TunePostgresConnectionString(configured));

        Assert.False(tuned.NoResetOnClose);
    }

    [Fact]
    public void An_explicit_auto_prepare_setting_in_the_configured_string_is_kept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(HubDbContextOptions.TunePostgresConnectionString("Host=h;Max Auto Prepare=0"));

        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
