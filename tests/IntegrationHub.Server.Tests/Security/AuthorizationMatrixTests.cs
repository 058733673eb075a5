using System.Net;
using System.Text;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Security;

public class AuthorizationMatrixTests : HubTestBase
{
    private sealed record Endpoint(string Method, string Path, string Policy, Func<string>? Body = null);

    private static readonly Endpoint[] Endpoints =
    [
        new("GET", "/api/flows", HubPolicies.View),
        new("GET", "/api/flows/customer-sync", HubPolicies.View),
        new("GET", "/api/flows/customer-sync/versions/1", HubPolicies.View),
        new("GET", "/api/flows/customer-sync/draft", HubPolicies.View),
        new("GET", "/api/flows/customer-sync/diff?from=1&to=1", HubPolicies.View),
        new("GET", "/api/flows/customer-sync/export", HubPolicies.View),
        new("POST", "/api/flows/validate", HubPolicies.EditDrafts, () => TestFlows.Valid("validate-only")),
        new("POST", "/api/flows", HubPolicies.EditDrafts, () => TestFlows.Valid("f" + Guid.NewGuid().ToString("N")[..8])),
        new("PUT", "/api/flows/customer-sync/draft", HubPolicies.EditDrafts, () => TestFlows.Valid("customer-sync", "Renamed")),
        new("DELETE", "/api/flows/unknown/draft", HubPolicies.EditDrafts),
        new("POST", "/api/flows/unknown/publish", HubPolicies.Publish),
        new("POST", "/api/flows/unknown/versions/1/retire", HubPolicies.Publish),
        new("GET", "/api/users", HubPolicies.Administer),
        new("POST", "/api/users", HubPolicies.Administer, () => $$"""{ "userName": "u{{Guid.NewGuid():N}}", "roles": ["viewer"] }"""),
        new("GET", "/api/api-keys", HubPolicies.Administer),
        new("POST", "/api/api-keys", HubPolicies.Administer, () => """{ "name": "machine", "roles": ["viewer"] }"""),
        new("GET", "/api/audit", HubPolicies.Administer),
    ];

    [Fact]
    public async Task EveryEndpoint_WithoutCredentials_Answers401()
    {
        using var client = Hub.ClientWithKey(null);
        foreach (var endpoint in Endpoints.Append(new Endpoint("GET", "/api/auth/me", "any")).Append(new Endpoint("GET", "/openapi/v1.json", "any")))
        {
            using var response = await client.SendAsync(Request(endpoint));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{endpoint.Method} {endpoint.Path} answered {(int)response.StatusCode} without credentials");
        }
    }

    [Fact]
    public async Task EveryEndpoint_WithAnInvalidKey_Answers401()
    {
        using var client = Hub.ClientWithKey("ih_not-a-real-key");

        using var response = await client.GetAsync("/api/flows");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(HubRoles.Viewer)]
    [InlineData(HubRoles.Analyst)]
    [InlineData(HubRoles.Publisher)]
    [InlineData(HubRoles.Operator)]
    [InlineData(HubRoles.Admin)]
    public async Task EveryEndpoint_ForRole_AllowsExactlyThePolicyRoles(string role)
    {
        using var client = Hub.ClientWithKey(await Hub.KeyForRoleAsync(role));
        var failures = new List<string>();
        foreach (var endpoint in Endpoints)
        {
            using var response = await client.SendAsync(Request(endpoint));
            var allowed = HubPolicies.Roles[endpoint.Policy].Contains(role);
            var status = (int)response.StatusCode;
            if (allowed && status is 401 or 403 or >= 500)
            {
                failures.Add($"{endpoint.Method} {endpoint.Path}: expected access for {role}, got {status}");
            }
            else if (!allowed && status != 403)
            {
                failures.Add($"{endpoint.Method} {endpoint.Path}: expected 403 for {role}, got {status}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task HealthEndpoints_AreAnonymous()
    {
        using var client = Hub.ClientWithKey(null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private static HttpRequestMessage Request(Endpoint endpoint)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.Body is not null)
        {
            request.Content = new StringContent(endpoint.Body(), Encoding.UTF8, "application/json");
        }

        return request;
    }
}
