using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Sdk.Testing;

namespace MyCompany.Connectors.Sample.Tests;

public sealed class GreetOperationTests
{
    [Fact]
    public async Task ExecuteAsync_Name_GreetsWithClockTime()
    {
        using var harness = new ConnectorTestHarness(new SampleConnector());

        var output = await harness.RunAsync<GreetOutput>("greet", new SampleSettings { Greeting = "Hi" }, new GreetInput("Ada"));

        Assert.Equal("Hi, Ada!", output.Message);
        Assert.Equal(harness.Time.GetUtcNow(), output.At);
    }

    [Fact]
    public async Task ExecuteAsync_EmptyName_ThrowsDataQuality()
    {
        using var harness = new ConnectorTestHarness(new SampleConnector());

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => harness.RunAsync<GreetOutput>("greet", new SampleSettings(), new GreetInput(" ")));

        Assert.Equal(ErrorCategory.DataQuality, ex.Category);
    }

    [Fact]
    public void Descriptor_Settings_ApiKeyIsSecret()
    {
        using var harness = new ConnectorTestHarness(new SampleConnector());

        Assert.Equal(["apiKey"], harness.Definition.Descriptor.SecretSettings);
    }
}
