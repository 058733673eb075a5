using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Connectors.Hosting.Tests.Support;

namespace IntegrationHub.Connectors.Hosting.Tests.Connections;

public sealed class ConnectionServiceTests : IDisposable
{
    private readonly HostFixture _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task CreateAsync_WithSecret_StoresCiphertextAndReturnsNoSecret()
    {
        var view = await Service.CreateAsync(new CreateConnectionRequest("crm", "http", Settings("sk-live-123456")));

        Assert.Equal(["apiKey"], view.SecretsSet);
        Assert.False(view.Settings.ContainsKey("apiKey"));
        var stored = Assert.Single(_host.Store.Stored);
        Assert.NotEqual("sk-live-123456", stored.ProtectedSecrets["apiKey"]);
        Assert.DoesNotContain("sk-live-123456", stored.ProtectedSecrets["apiKey"], StringComparison.Ordinal);
        var resolved = await Service.ResolveAsync("CRM");
        Assert.Equal("sk-live-123456", resolved!.Settings["apiKey"]!.GetValue<string>());
        Assert.DoesNotContain("sk-live", resolved.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_SecretAbsentKeptNullCleared()
    {
        var view = await Service.CreateAsync(new CreateConnectionRequest("crm", "http", Settings("sk-live-123456")));

        var kept = await Service.UpdateAsync(view.Id, new UpdateConnectionRequest(new JsonObject { ["baseUrl"] = "https://api.example.com/v3/", ["auth"] = "apiKey" }, ExpectedVersion: 1));
        var keptSecret = (await Service.ResolveAsync("crm"))!.Settings["apiKey"]!.GetValue<string>();
        var cleared = await Service.UpdateAsync(view.Id, new UpdateConnectionRequest(new JsonObject { ["baseUrl"] = "https://api.example.com/v3/", ["apiKey"] = null }));

        Assert.Equal(2, kept!.Version);
        Assert.Equal("https://api.example.com/v3/", kept.Settings["baseUrl"]!.GetValue<string>());
        Assert.Equal("sk-live-123456", keptSecret);
        Assert.Empty(cleared!.SecretsSet);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ThrowsConflict()
    {
        var view = await Service.CreateAsync(new CreateConnectionRequest("crm", "http", Settings("sk-live-123456")));
        await Service.UpdateAsync(view.Id, new UpdateConnectionRequest(null, ["api.example.com"]));

        await Assert.ThrowsAsync<ConnectionConflictException>(() => Service.UpdateAsync(view.Id, new UpdateConnectionRequest(null, ExpectedVersion: 1)));
    }

    [Fact]
    public async Task CreateAsync_InvalidRequest_ReportsEveryField()
    {
        var settings = new JsonObject { ["baseUrl"] = "https://api.example.com/", ["apiKey"] = 42 };

        var ex = await Assert.ThrowsAsync<ConnectionValidationException>(() => Service.CreateAsync(new CreateConnectionRequest("bad name!", "http", settings, ["10.0.0.0/99"])));

        Assert.Contains(ex.Errors, e => e.Field == "name");
        Assert.Contains(ex.Errors, e => e.Field == "allowedHosts[0]" && e.Message.Contains("10.0.0.0/99", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Field == "settings.apiKey" && e.Message.Contains("must be a string", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_UnknownSettingOrConnector_Rejected()
    {
        var typo = await Assert.ThrowsAsync<ConnectionValidationException>(() => Service.CreateAsync(new CreateConnectionRequest("a", "http", new JsonObject { ["baseUrl"] = "https://x.example/", ["baseUrll"] = "y" })));
        var connector = await Assert.ThrowsAsync<ConnectionValidationException>(() => Service.CreateAsync(new CreateConnectionRequest("b", "nope", null)));

        Assert.Contains("baseUrll", typo.Message, StringComparison.Ordinal);
        Assert.Equal("connector", Assert.Single(connector.Errors).Field);
    }

    [Fact]
    public async Task CreateAsync_DuplicateName_ThrowsConflict()
    {
        await Service.CreateAsync(new CreateConnectionRequest("erp", "sandbox", null));

        await Assert.ThrowsAsync<ConnectionConflictException>(() => Service.CreateAsync(new CreateConnectionRequest("ERP", "sandbox", null)));
    }

    [Fact]
    public async Task DeleteAndTest_Lifecycle_Works()
    {
        var view = await Service.CreateAsync(new CreateConnectionRequest("erp", "sandbox", null));

        var test = await Service.TestAsync(view.Id);
        var deleted = await Service.DeleteAsync(view.Id);

        Assert.True(test!.Succeeded, test.Message);
        Assert.True(deleted);
        Assert.Null(await Service.GetAsync(view.Id));
        Assert.Null(await Service.TestAsync(view.Id));
    }

    internal static JsonObject Settings(string apiKey) => new()
    {
        ["baseUrl"] = "https://api.example.com/v2/",
        ["auth"] = "apiKey",
        ["apiKey"] = apiKey,
    };

    private IConnectionService Service => _service ??= _host.Connections();

    private IConnectionService? _service;
}
