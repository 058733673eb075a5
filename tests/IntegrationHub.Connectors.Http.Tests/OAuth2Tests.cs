using System.Text;
using IntegrationHub.Connectors.Sdk;
using IntegrationHub.Connectors.Sdk.Testing;
using IntegrationHub.TestUtils.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Connectors.Http.Tests;

public sealed class OAuth2Tests
{
    private int _issued;
    private string? _valid;

    [Fact]
    public async Task Request_TokenCached_FetchedOnceForTwoCalls()
    {
        await using var server = await StartAsync();
        using var harness = new ConnectorTestHarness(new HttpConnector());

        await harness.RunAsync<HttpResponseOutput>("request", Settings(server.BaseUri), new HttpRequestInput { Path = "data" });
        var second = await harness.RunAsync<HttpResponseOutput>("request", Settings(server.BaseUri), new HttpRequestInput { Path = "data" });

        Assert.Equal(1, _issued);
        Assert.Equal("token-1", second.Body!["token"]!.GetValue<string>());
        var tokenRequest = harness.Http.Exchanges[0];
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("hub:s3cret-value")), tokenRequest.RequestHeaders["Authorization"]);
        Assert.Contains("grant_type=client_credentials", tokenRequest.RequestBody);
        Assert.Contains("scope=orders.read", tokenRequest.RequestBody);
    }

    [Fact]
    public async Task Request_TokenExpired_FetchesNewToken()
    {
        await using var server = await StartAsync();
        using var harness = new ConnectorTestHarness(new HttpConnector());
        await harness.RunAsync<HttpResponseOutput>("request", Settings(server.BaseUri), new HttpRequestInput { Path = "data" });

        harness.Time.Advance(TimeSpan.FromSeconds(31));
        var stillValid = await harness.RunAsync<HttpResponseOutput>("request", Settings(server.BaseUri), new HttpRequestInput { Path = "data" });
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        var renewed = await harness.RunAsync<HttpResponseOutput>("request", Settings(server.BaseUri), new HttpRequestInput { Path = "data" });

        Assert.Equal("token-1", stillValid.Body!["token"]!.GetValue<string>());
        Assert.Equal("token-2", renewed.Body!["token"]!.GetValue<string>());
        Assert.Equal(2, _issued);
    }

    [Fact]
    public async Task Request_TokenRevoked_RefreshesOnceAndRetries()
    {
        await using var server = await StartAsync();
        using var harness = new ConnectorTestHarness(new HttpConnector());
        await harness.RunAsync<HttpResponseOutput>("request", Settings(server.BaseUri), new HttpRequestInput { Path = "data" });

        _valid = "revoked";
        var output = await harness.RunAsync<HttpResponseOutput>("request", Settings(server.BaseUri), new HttpRequestInput { Path = "data" });

        Assert.Equal("token-2", output.Body!["token"]!.GetValue<string>());
        Assert.Equal(2, _issued);
    }

    [Fact]
    public async Task Request_TokenEndpointRefusesClient_ThrowsAuthentication()
    {
        await using var server = await StartAsync();
        using var harness = new ConnectorTestHarness(new HttpConnector());
        var settings = new HttpConnectorSettings
        {
            BaseUrl = server.BaseUri,
            Auth = HttpAuthType.OAuth2ClientCredentials,
            TokenUrl = new Uri(server.BaseUri, "token"),
            ClientId = "hub",
            ClientSecret = "wrong",
        };

        var ex = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => harness.RunAsync<HttpResponseOutput>("request", settings, new HttpRequestInput { Path = "data" }));

        Assert.Equal(ErrorCategory.Partner, ex.Category);
        Assert.DoesNotContain("wrong", ex.Message);
    }

    private static HttpConnectorSettings Settings(Uri baseUri) => new()
    {
        BaseUrl = baseUri,
        Auth = HttpAuthType.OAuth2ClientCredentials,
        TokenUrl = new Uri(baseUri, "token"),
        ClientId = "hub",
        ClientSecret = "s3cret-value",
        Scope = "orders.read",
    };

    private Task<LoopbackServer> StartAsync() => LoopbackServer.StartAsync(app =>
    {
        app.MapPost("/token", (HttpContext http) =>
        {
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("hub:s3cret-value"));
            if (http.Request.Headers.Authorization != expected)
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            }

            _valid = $"token-{Interlocked.Increment(ref _issued)}";
            return Results.Json(new { access_token = _valid, token_type = "Bearer", expires_in = 90 });
        });
        app.MapGet("/data", (HttpContext http) => http.Request.Headers.Authorization == $"Bearer {_valid}"
            ? Results.Json(new { token = _valid })
            : Results.StatusCode(401));
    });
}
