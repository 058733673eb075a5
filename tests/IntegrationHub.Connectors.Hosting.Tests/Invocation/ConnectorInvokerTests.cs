using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Invocation;
using IntegrationHub.Connectors.Hosting.Tests.Support;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.TestUtils.Http;
using Microsoft.AspNetCore.Builder;

namespace IntegrationHub.Connectors.Hosting.Tests.Invocation;

public sealed class ConnectorInvokerTests : IDisposable
{
    private static readonly ConnectorInvocationContext Context = new() { CorrelationId = "corr-1", IdempotencyKey = "run-1/step-1", ConnectionId = "conn-1" };
    private readonly HostFixture _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task InvokeAsync_UnknownConnector_ThrowsPlatform()
    {
        var ex = await Assert.ThrowsAsync<ConnectorInvocationException>(() => Invoker.InvokeAsync("nope", "x", [], null, Context));

        Assert.Equal(ErrorCategory.Platform, ex.Category);
        Assert.Contains("http, sandbox", ex.Message);
    }

    [Fact]
    public async Task InvokeAsync_InvalidInput_ThrowsDataQualityWithPath()
    {
        var ex = await Assert.ThrowsAsync<ConnectorInvocationException>(() => Invoker.InvokeAsync("sandbox", "getContractPrice", [], new JsonObject { ["customer"] = "C1000", ["sku"] = "WID-100", ["quantity"] = "ten", ["unit"] = "EA" }, Context));

        Assert.Equal(ErrorCategory.DataQuality, ex.Category);
        Assert.Equal("invalid_input", ex.ErrorCode);
        Assert.Contains("$.quantity", ex.Message);
    }

    [Fact]
    public async Task InvokeAsync_InvalidSettings_ThrowsPlatform()
    {
        var ex = await Assert.ThrowsAsync<ConnectorInvocationException>(() => Invoker.InvokeAsync("http", "request", new JsonObject { ["baseUrl"] = 5 }, null, Context));

        Assert.Equal(ErrorCategory.Platform, ex.Category);
        Assert.Equal("invalid_settings", ex.ErrorCode);
    }

    [Fact]
    public async Task InvokeAsync_ConnectorBusinessError_KeepsCategory()
    {
        var ex = await Assert.ThrowsAsync<ConnectorInvocationException>(() => Invoker.InvokeAsync("sandbox", "getCustomer", [], new JsonObject { ["customer"] = "X" }, Context));

        Assert.Equal(ErrorCategory.Business, ex.Category);
        Assert.Equal("unknown_customer", ex.ErrorCode);
    }

    [Fact]
    public async Task InvokeAsync_StateScopedByConnection_SeparateSandboxes()
    {
        JsonObject input = new() { ["customer"] = "C1000", ["lines"] = new JsonArray(new JsonObject { ["sku"] = "WID-100", ["quantity"] = 1, ["unit"] = "EA" }) };

        var a = await Invoker.InvokeAsync("sandbox", "createSalesOrder", [], input, Context);
        var b = await Invoker.InvokeAsync("sandbox", "createSalesOrder", [], input, Context with { ConnectionId = "conn-2" });
        var again = await Invoker.InvokeAsync("sandbox", "createSalesOrder", [], input, Context);

        Assert.Equal("SO-000001", a!["order"]!["number"]!.GetValue<string>());
        Assert.Equal("SO-000001", b!["order"]!["number"]!.GetValue<string>());
        Assert.False(again!["created"]!.GetValue<bool>());
    }

    [Fact]
    public async Task InvokeAsync_LoopbackWithoutAllowList_BlockedAsPlatform()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/secret", () => "internal"));

        var ex = await Assert.ThrowsAsync<ConnectorInvocationException>(() => Invoker.InvokeAsync("http", "request", new JsonObject { ["baseUrl"] = server.BaseUri.ToString() }, new JsonObject { ["path"] = "secret" }, Context));
        var allowed = await Invoker.InvokeAsync("http", "request", new JsonObject { ["baseUrl"] = server.BaseUri.ToString() }, new JsonObject { ["path"] = "secret" }, Context with { AllowedHosts = ["127.0.0.1"] });

        Assert.Equal(ErrorCategory.Platform, ex.Category);
        Assert.Equal("outbound_blocked", ex.ErrorCode);
        Assert.Contains("loopback", ex.Message);
        Assert.Equal("internal", allowed!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task TestConnectionAsync_Sandbox_Succeeds()
    {
        var result = await Invoker.TestConnectionAsync("sandbox", [], Context);

        Assert.True(result.Succeeded, result.Message);
    }

    private IConnectorInvoker Invoker => _host.Get<IConnectorInvoker>();
}
