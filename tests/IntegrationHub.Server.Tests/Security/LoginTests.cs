using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Security;

public class LoginTests : HubTestBase
{
    [Fact]
    public async Task OneTimePassword_AllowsOnlyPasswordChange_ThenFullAccess()
    {
        using var admin = Hub.ClientWithKey(HubApplicationFactory.AdminKey);
        var created = await (await admin.PostAsJsonAsync("/api/users", new CreateUserRequest("ana.lyst", [HubRoles.Analyst]))).Content.ReadFromJsonAsync<CreatedUser>();
        using var person = Hub.ClientWithKey(null);

        var login = await person.PostAsJsonAsync("/api/auth/login", new LoginRequest("ana.lyst", created!.OneTimePassword));
        var me = await login.Content.ReadFromJsonAsync<CurrentPrincipal>();
        using var blocked = await person.GetAsync("/api/flows");
        using var weak = await person.PostAsJsonAsync("/api/auth/password", new ChangePasswordRequest(created.OneTimePassword, "short"));
        using var changed = await person.PostAsJsonAsync("/api/auth/password", new ChangePasswordRequest(created.OneTimePassword, "a-much-longer-passphrase"));
        using var allowed = await person.GetAsync("/api/flows");
        using var forbidden = await person.GetAsync("/api/users");

        Assert.True(me!.MustChangePassword);
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Contains("POST /api/auth/password", await blocked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("newPassword", await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordFiveTimes_LocksTheAccount_EvenForTheRightPassword()
    {
        using var admin = Hub.ClientWithKey(HubApplicationFactory.AdminKey);
        var created = await (await admin.PostAsJsonAsync("/api/users", new CreateUserRequest("victim", [HubRoles.Viewer]))).Content.ReadFromJsonAsync<CreatedUser>();
        using var attacker = Hub.ClientWithKey(null);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await attacker.PostAsJsonAsync("/api/auth/login", new LoginRequest("victim", "guess-" + i));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await attacker.PostAsJsonAsync("/api/auth/login", new LoginRequest("victim", created!.OneTimePassword));

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public async Task RevokedApiKey_StopsWorkingAtOnce()
    {
        using var admin = Hub.ClientWithKey(HubApplicationFactory.AdminKey);
        var created = await (await admin.PostAsJsonAsync("/api/api-keys", new CreateApiKeyRequest("ci", [HubRoles.Viewer]))).Content.ReadFromJsonAsync<CreatedApiKey>();
        using var machine = Hub.ClientWithKey(created!.Key);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/api/flows")).StatusCode);

        (await admin.DeleteAsync($"/api/api-keys/{created.ApiKey.Id}")).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/flows")).StatusCode);
        var listed = await admin.GetFromJsonAsync<List<ApiKeyDto>>("/api/api-keys");
        Assert.DoesNotContain(listed!, k => k.Prefix.Length >= created.Key.Length);
    }
}
