using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk.Testing;
using IntegrationHub.TestUtils.Http;
using Microsoft.AspNetCore.Builder;

namespace IntegrationHub.Connectors.Sdk.Tests.Testing;

public sealed class ConnectorTestHarnessTests
{
    [Fact]
    public async Task RunJsonAsync_ValidInput_ReturnsCamelCaseOutput()
    {
        using var harness = new ConnectorTestHarness(new SampleConnector());

        var output = await harness.RunJsonAsync("echo", new JsonObject { ["endpoint"] = "http://127.0.0.1/" }, new JsonObject { ["text"] = "ab", ["times"] = 2 });

        Assert.Equal("abab", output!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task RunAsync_LoopbackServer_CapturesTraffic()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/hello", () => "world"));
        using var harness = new ConnectorTestHarness(new SampleConnector());

        var output = await harness.RunAsync<EchoOutput>("fetch", new SampleSettings(server.BaseUri), new EchoInput("hello"));

        Assert.Equal("world", output.Text);
        var exchange = Assert.Single(harness.Http.Exchanges);
        Assert.Equal(new Uri(server.BaseUri, "hello"), exchange.Uri);
        Assert.Equal("world", exchange.ResponseBody);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://localhost:9/")]
    [InlineData("http://169.254.169.254/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://[::ffff:127.0.0.1]:9/")]
    public async Task RunAsync_SsrfTargetWithoutAllowList_Blocked(string endpoint)
    {
        using var harness = new ConnectorTestHarness(new SampleConnector(), allowList: []);

        var ex = await Assert.ThrowsAsync<OutboundRequestBlockedException>(
            () => harness.RunAsync<EchoOutput>("fetch", new SampleSettings(new Uri(endpoint)), new EchoInput("latest/meta-data")));

        Assert.Equal(ErrorCategory.Platform, ex.Category);
        Assert.Contains("blocked", ex.Message);
    }

    [Fact]
    public async Task RunAsync_HostNotInAllowList_Blocked()
    {
        using var harness = new ConnectorTestHarness(new SampleConnector(), allowList: ["api.example.com"]);

        var ex = await Assert.ThrowsAsync<OutboundRequestBlockedException>(
            () => harness.RunAsync<EchoOutput>("fetch", new SampleSettings(new Uri("http://other.example.com/")), new EchoInput("x")));

        Assert.Contains("not in the connection's allow-list", ex.Message);
        Assert.Single(harness.Http.Exchanges);
    }

    [Fact]
    public async Task RunAsync_NonHttpScheme_Blocked()
    {
        using var harness = new ConnectorTestHarness(new SampleConnector());

        var ex = await Assert.ThrowsAsync<OutboundRequestBlockedException>(
            () => harness.RunAsync<EchoOutput>("fetch", new SampleSettings(new Uri("file:///etc/")), new EchoInput("passwd")));

        Assert.Contains("scheme 'file'", ex.Message);
    }

    [Fact]
    public async Task State_TryCreateTwice_SecondReturnsExisting()
    {
        using var harness = new ConnectorTestHarness(new SampleConnector());

        var first = await harness.State.TryCreateAsync("k", JsonValue.Create(1), CancellationToken.None);
        var second = await harness.State.TryCreateAsync("k", JsonValue.Create(2), CancellationToken.None);
        var stale = await harness.State.TryUpdateAsync("k", JsonValue.Create(3), first.Entry.Version + 1, CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(1, second.Entry.Value.GetValue<int>());
        Assert.Null(stale);
    }
}
