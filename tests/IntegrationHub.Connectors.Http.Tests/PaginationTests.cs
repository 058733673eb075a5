using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Sdk.Testing;
using IntegrationHub.TestUtils.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Connectors.Http.Tests;

public sealed class PaginationTests
{
    [Fact]
    public async Task RequestPaged_LinkHeader_FollowsAllPages()
    {
        await using var server = await StartAsync();
        using var harness = new ConnectorTestHarness(new HttpConnector());

        var output = await harness.RunAsync<PagedHttpResponseOutput>("requestPaged", HttpConnectorTests.Settings(server.BaseUri), new PagedHttpRequestInput { Path = "link", Pagination = new() { ItemsPath = "data" } });

        Assert.Equal([1, 2, 3, 4, 5], output.Items.Select(i => i!.GetValue<int>()));
        Assert.Equal(3, output.Pages);
        Assert.Null(output.NextPageToken);
    }

    [Fact]
    public async Task RequestPaged_MaxPagesReached_ContinuesWithToken()
    {
        await using var server = await StartAsync();
        using var harness = new ConnectorTestHarness(new HttpConnector());
        var settings = HttpConnectorTests.Settings(server.BaseUri);

        var first = await harness.RunAsync<PagedHttpResponseOutput>("requestPaged", settings, new PagedHttpRequestInput { Path = "link", MaxPages = 2, Pagination = new() { ItemsPath = "data" } });
        var rest = await harness.RunAsync<PagedHttpResponseOutput>("requestPaged", settings, new PagedHttpRequestInput { Path = "link", MaxPages = 2, PageToken = first.NextPageToken, Pagination = new() { ItemsPath = "data" } });

        Assert.Equal([1, 2, 3, 4], first.Items.Select(i => i!.GetValue<int>()));
        Assert.NotNull(first.NextPageToken);
        Assert.Equal([5], rest.Items.Select(i => i!.GetValue<int>()));
        Assert.Null(rest.NextPageToken);
    }

    [Fact]
    public async Task RequestPaged_Cursor_FollowsCursor()
    {
        await using var server = await StartAsync();
        using var harness = new ConnectorTestHarness(new HttpConnector());

        var output = await harness.RunAsync<PagedHttpResponseOutput>("requestPaged", HttpConnectorTests.Settings(server.BaseUri), new PagedHttpRequestInput
        {
            Path = "cursor",
            Pagination = new() { Mode = PaginationMode.Cursor, ItemsPath = "items", CursorPath = "meta.next", CursorParameter = "after" },
        });

        Assert.Equal(["a", "b", "c"], output.Items.Select(i => i!.GetValue<string>()));
        Assert.Equal(2, output.Pages);
    }

    [Fact]
    public async Task RequestPaged_PageNumber_StopsAtEmptyPage()
    {
        await using var server = await StartAsync();
        using var harness = new ConnectorTestHarness(new HttpConnector());

        var output = await harness.RunAsync<PagedHttpResponseOutput>("requestPaged", HttpConnectorTests.Settings(server.BaseUri), new PagedHttpRequestInput
        {
            Path = "pages",
            Pagination = new() { Mode = PaginationMode.PageNumber },
        });

        Assert.Equal([10, 20, 30], output.Items.Select(i => i!.GetValue<int>()));
        Assert.Equal(["1", "2", "3"], harness.Http.Exchanges.Select(e => System.Web.HttpUtility.ParseQueryString(e.Uri.Query)["page"]));
    }

    [Fact]
    public async Task RequestPaged_LinkToOtherHost_ThrowsPartner()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/evil", (HttpContext http) =>
        {
            http.Response.Headers.Link = "<http://attacker.example/steal>; rel=\"next\"";
            return Results.Json(new[] { 1 });
        }));
        using var harness = new ConnectorTestHarness(new HttpConnector());

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => harness.RunAsync<PagedHttpResponseOutput>("requestPaged", HttpConnectorTests.Settings(server.BaseUri), new PagedHttpRequestInput { Path = "evil" }));

        Assert.Equal(ErrorCategory.Partner, ex.Category);
        Assert.Contains("attacker.example", ex.Message);
    }

    private static Task<LoopbackServer> StartAsync() => LoopbackServer.StartAsync(app =>
    {
        int[][] pages = [[1, 2], [3, 4], [5]];
        app.MapGet("/link", (HttpContext http, int? p) =>
        {
            var page = p ?? 0;
            if (page + 1 < pages.Length)
            {
                http.Response.Headers.Link = $"<link?p={page + 1}>; rel=\"next\", <link?p=0>; rel=\"first\"";
            }

            return Results.Json(new { data = pages[page] });
        });
        app.MapGet("/cursor", (string? after) => after switch
        {
            null => Results.Json(new { items = new[] { "a", "b" }, meta = new { next = "c1" } }),
            "c1" => Results.Json(new { items = new[] { "c" }, meta = new { next = (string?)null } }),
            _ => Results.BadRequest(),
        });
        app.MapGet("/pages", (int page) => Results.Json(page switch { 1 => new[] { 10, 20 }, 2 => new[] { 30 }, _ => Array.Empty<int>() }));
    });
}
