using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Sdk.Testing;
using IntegrationHub.TestUtils.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Connectors.Http.Tests;

public sealed class HttpConnectorTests
{
    [Fact]
    public async Task Request_TemplatedPathQueryHeadersBody_SendsRenderedRequest()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapPost("/api/customers/{id}/notes", async (HttpContext http, string id) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            return Results.Json(new { id, q = http.Request.Query["q"].ToString(), h = http.Request.Headers["X-Tenant"].ToString(), body = JsonNode.Parse(body) });
        }));
        using var harness = new ConnectorTestHarness(new HttpConnector());
        var input = new HttpRequestInput
        {
            Method = "POST",
            Path = "customers/{{id}}/notes",
            Query = new() { ["q"] = "a&b {{id}}" },
            Headers = new() { ["X-Tenant"] = "{{tenant.code}}" },
            Body = new JsonObject { ["count"] = "{{count}}", ["text"] = "note for {{id}}" },
            Parameters = new JsonObject { ["id"] = "C 1/2", ["count"] = 3, ["tenant"] = new JsonObject { ["code"] = "T9" } },
        };

        var output = await harness.RunAsync<HttpResponseOutput>("request", Settings(new Uri(server.BaseUri, "api/")), input);

        Assert.Equal(200, output.StatusCode);
        // The slash in the value is escaped, so it stays one path segment (ASP.NET leaves %2F encoded in route values).
        Assert.Contains("/api/customers/C%201%2F2/notes", harness.Http.Exchanges.Single().Uri.AbsoluteUri);
        Assert.Equal("C 1%2F2", output.Body!["id"]!.GetValue<string>());
        Assert.Equal("a&b C 1/2", output.Body["q"]!.GetValue<string>());
        Assert.Equal("T9", output.Body["h"]!.GetValue<string>());
        Assert.Equal(3, output.Body["body"]!["count"]!.GetValue<int>());
        Assert.Equal("note for C 1/2", output.Body["body"]!["text"]!.GetValue<string>());
        Assert.Equal("test-correlation-id", harness.Http.Exchanges.Single().RequestHeaders["X-Correlation-Id"]);
    }

    [Fact]
    public async Task Request_MissingTemplateParameter_ThrowsDataQuality()
    {
        using var harness = new ConnectorTestHarness(new HttpConnector());

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => harness.RunAsync<HttpResponseOutput>(
            "request", Settings(new Uri("http://127.0.0.1:9/")), new HttpRequestInput { Path = "x/{{missing}}" }));

        Assert.Equal(ErrorCategory.DataQuality, ex.Category);
        Assert.Contains("parameters.missing", ex.Message);
        Assert.Empty(harness.Http.Exchanges);
    }

    [Theory]
    [InlineData(429, ErrorCategory.Transient)]
    [InlineData(500, ErrorCategory.Transient)]
    [InlineData(503, ErrorCategory.Transient)]
    [InlineData(400, ErrorCategory.DataQuality)]
    [InlineData(422, ErrorCategory.DataQuality)]
    [InlineData(404, ErrorCategory.Partner)]
    [InlineData(409, ErrorCategory.Partner)]
    [InlineData(401, ErrorCategory.Partner)]
    public async Task Request_ErrorStatus_MapsToCategory(int status, ErrorCategory expected)
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/fail", (HttpContext http) =>
        {
            http.Response.Headers.RetryAfter = "7";
            return Results.Text("{\"error\":\"nope\"}", "application/json", statusCode: status);
        }));
        using var harness = new ConnectorTestHarness(new HttpConnector());

        var ex = await Assert.ThrowsAnyAsync<ConnectorException>(() => harness.RunAsync<HttpResponseOutput>("request", Settings(server.BaseUri), new HttpRequestInput { Path = "fail" }));

        Assert.Equal(expected, ex.Category);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message);
        if (expected == ErrorCategory.Transient)
        {
            Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        }
    }

    [Fact]
    public async Task Request_RetryAfterHttpDate_RelativeToClock()
    {
        using var harness = new ConnectorTestHarness(new HttpConnector());
        var retryAt = harness.Time.GetUtcNow().AddSeconds(90);
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/busy", (HttpContext http) =>
        {
            http.Response.Headers.RetryAfter = retryAt.ToString("R");
            return Results.StatusCode(429);
        }));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => harness.RunAsync<HttpResponseOutput>("request", Settings(server.BaseUri), new HttpRequestInput { Path = "busy" }));

        Assert.Equal(TimeSpan.FromSeconds(90), ex.RetryAfter);
    }

    [Fact]
    public async Task Request_ConnectionRefused_ThrowsTransient()
    {
        using var harness = new ConnectorTestHarness(new HttpConnector());

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => harness.RunAsync<HttpResponseOutput>("request", Settings(new Uri("http://127.0.0.1:9/")), new HttpRequestInput()));

        Assert.Equal(ErrorCategory.Transient, ex.Category);
        Assert.Equal("network", ex.ErrorCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://169.254.169.254/latest/")]
    [InlineData("http://192.168.1.10/")]
    public async Task Request_SsrfTargetNotAllowListed_Blocked(string baseUrl)
    {
        using var harness = new ConnectorTestHarness(new HttpConnector(), allowList: []);

        var ex = await Assert.ThrowsAsync<OutboundRequestBlockedException>(() => harness.RunAsync<HttpResponseOutput>("request", Settings(new Uri(baseUrl)), new HttpRequestInput { Path = "meta-data" }));

        Assert.Equal(ErrorCategory.Platform, ex.Category);
    }

    [Fact]
    public async Task Request_ApiKeyInQuery_AndBasicAuth_Sent()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/who", (HttpContext http) =>
            Results.Json(new { key = http.Request.Query["api_key"].ToString(), auth = http.Request.Headers.Authorization.ToString() })));
        using var harness = new ConnectorTestHarness(new HttpConnector());
        var apiKey = new HttpConnectorSettings { BaseUrl = server.BaseUri, Auth = HttpAuthType.ApiKey, ApiKeyLocation = ApiKeyLocation.Query, ApiKeyName = "api_key", ApiKey = "k&1" };
        var basic = new HttpConnectorSettings { BaseUrl = server.BaseUri, Auth = HttpAuthType.Basic, Username = "u", Password = "p" };

        var keyed = await harness.RunAsync<HttpResponseOutput>("request", apiKey, new HttpRequestInput { Path = "who" });
        var basicked = await harness.RunAsync<HttpResponseOutput>("request", basic, new HttpRequestInput { Path = "who" });

        Assert.Equal("k&1", keyed.Body!["key"]!.GetValue<string>());
        Assert.Equal("Basic dTpw", basicked.Body!["auth"]!.GetValue<string>());
    }

    [Fact]
    public async Task Request_AuthSettingMissing_ThrowsConfiguration()
    {
        using var harness = new ConnectorTestHarness(new HttpConnector());

        var ex = await Assert.ThrowsAsync<ConnectorConfigurationException>(() => harness.RunAsync<HttpResponseOutput>(
            "request", new HttpConnectorSettings { BaseUrl = new Uri("http://127.0.0.1:9/"), Auth = HttpAuthType.Bearer }, new HttpRequestInput()));

        Assert.Contains("bearerToken", ex.Message);
    }

    [Fact]
    public async Task TestConnection_ServerUp_Succeeds()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/health", () => "ok"));
        using var harness = new ConnectorTestHarness(new HttpConnector());

        var result = await harness.TestConnectionAsync(new HttpConnectorSettings { BaseUrl = server.BaseUri, TestPath = "health" });

        Assert.True(result.Succeeded, result.Message);
    }

    internal static HttpConnectorSettings Settings(Uri baseUrl) => new() { BaseUrl = baseUrl };
}
