using System.Net.Http.Json;
using IntegrationHub.Contracts.Security;
using IntegrationHub.TestUtils;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>The real server on the ASP.NET Core test host, on a real database and a temp flows folder.</summary>
public sealed class HubApplicationFactory(
    TestDatabase database, string flowsFolder, string? adminPassword = null, string role = "api", IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string AdminKey = "ih_test_admin_key_0123456789abcdef";

    public TestDatabase Database { get; } = database;

    public string FlowsFolder { get; } = flowsFolder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Hub:Storage:Provider", Database.Provider.ToString());
        builder.UseSetting("Hub:Storage:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Hub:Storage:DataFolder", Database.Options.DataFolder);
        builder.UseSetting("Hub:Flows:Folder", FlowsFolder);
        builder.UseSetting("Hub:Role", role);
        builder.UseSetting("Hub:Runtime:RecoveryInterval", "00:00:01");
        builder.UseSetting("Hub:Runtime:RecoveryGrace", "00:00:02");
        builder.UseSetting("Hub:Bootstrap:ApiKey", AdminKey);
        if (adminPassword is not null)
        {
            builder.UseSetting("Hub:Bootstrap:AdminPassword", adminPassword);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that authenticates with an API key (or none).</summary>
    public HttpClient ClientWithKey(string? apiKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>Creates an API key holding exactly one role, through the admin API.</summary>
    public async Task<string> KeyForRoleAsync(string role)
    {
        using var admin = ClientWithKey(AdminKey);
        var response = await admin.PostAsJsonAsync("/api/api-keys", new CreateApiKeyRequest($"test-{role}-{Guid.NewGuid():N}", [role]));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CreatedApiKey>())!.Key;
    }
}
