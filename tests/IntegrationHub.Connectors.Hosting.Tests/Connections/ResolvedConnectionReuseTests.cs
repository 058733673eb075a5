using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Connections;
using IntegrationHub.Connectors.Hosting.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Connectors.Hosting.Tests.Connections;

public sealed class ResolvedConnectionReuseTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly HostFixture _host;

    public ResolvedConnectionReuseTests() => _host = new HostFixture(clock: _clock);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_change_made_on_another_node_is_used_once_the_reuse_time_has_passed()
    {
        var service = _host.Connections();
        await service.CreateAsync(new CreateConnectionRequest("crm", "http", Settings("https://api.example.com/v1/")));
        Assert.Equal("https://api.example.com/v1/", BaseUrl(await service.ResolveAsync("crm")));

        // Another node changes the row behind this node's back.
        var stored = Assert.Single(_host.Store.Stored);
        await _host.Store.TryUpdateAsync(stored with { Settings = Settings("https://api.example.com/v2/"), Version = stored.Version + 1 }, stored.Version, CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal("https://api.example.com/v1/", BaseUrl(await service.ResolveAsync("CRM")));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("https://api.example.com/v2/", BaseUrl(await service.ResolveAsync("crm")));
    }

    [Fact]
    public async Task A_change_made_through_this_node_applies_at_once_and_a_caller_cannot_change_what_others_get()
    {
        var service = _host.Connections();
        var view = await service.CreateAsync(new CreateConnectionRequest("crm", "http", Settings("https://api.example.com/v1/")));
        var first = await service.ResolveAsync("crm");
        first!.Settings["baseUrl"] = "https://evil.example.com/";

        Assert.Equal("https://api.example.com/v1/", BaseUrl(await service.ResolveAsync("crm")));
        await service.UpdateAsync(view.Id, new UpdateConnectionRequest(Settings("https://api.example.com/v3/")));
        Assert.Equal("https://api.example.com/v3/", BaseUrl(await service.ResolveAsync("crm")));
        await service.DeleteAsync(view.Id);
        Assert.Null(await service.ResolveAsync("crm"));
    }

    private static JsonObject Settings(string baseUrl) => new() { ["baseUrl"] = baseUrl, ["auth"] = "none" };

    private static string? BaseUrl(ResolvedConnection? connection) => connection?.Settings["baseUrl"]?.GetValue<string>();
}
