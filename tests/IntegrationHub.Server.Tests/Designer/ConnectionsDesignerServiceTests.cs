using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Audit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Server.Tests.Infrastructure;

namespace IntegrationHub.Server.Tests.Designer;

public class ConnectionsDesignerServiceTests : HubTestBase
{
    private const string Secret = "sk_live_designer_never_sees_this";

    [Fact]
    public async Task Admin_sets_keeps_and_clears_a_secret_and_no_answer_ever_contains_it()
    {
        await using var circuit = new DesignerCircuit(Hub.Services, "ada", "admin");
        var connections = circuit.Get<IConnectionsDesignerService>();

        var created = await connections.CreateAsync(new ConnectionDraft
        {
            Name = "crm",
            Connector = "http",
            Settings = new JsonObject { ["baseUrl"] = "https://crm.example.com/", ["auth"] = "apiKey" },
            Secrets = new Dictionary<string, string?> { ["apiKey"] = Secret },
            AllowedHosts = ["crm.example.com"],
        });
        var id = created.Connection!.Id;
        var kept = await connections.UpdateAsync(id, new ConnectionDraft { Settings = new JsonObject { ["baseUrl"] = "https://crm2.example.com/", ["auth"] = "apiKey" }, ExpectedVersion = created.Connection.Version });
        var listed = await connections.ListAsync();
        var read = await connections.GetAsync(id);
        var cleared = await connections.UpdateAsync(id, new ConnectionDraft { Settings = read!.Settings, Secrets = new Dictionary<string, string?> { ["apiKey"] = null }, ExpectedVersion = read.Version });

        Assert.Empty(created.Errors);
        Assert.Equal(["apiKey"], created.Connection.SecretsSet);
        Assert.False(created.Connection.Settings.ContainsKey("apiKey"));
        Assert.Equal(["apiKey"], kept.Connection!.SecretsSet);
        Assert.Equal("https://crm2.example.com/", (string)kept.Connection.Settings["baseUrl"]!);
        Assert.Empty(cleared.Connection!.SecretsSet);
        foreach (var answer in new object[] { created, kept, listed, read, cleared })
        {
            Assert.DoesNotContain(Secret, JsonSerializer.Serialize(answer));
        }

        var audit = (await Admin().GetFromJsonAsync<List<AuditEntryDto>>("/api/audit?actor=ada"))!.OrderBy(e => e.Id).ToList();
        Assert.Equal(
            [("connections.create", null, "201"), ("connections.update", id.ToString(), "200"), ("connections.update", id.ToString(), "200")],
            audit.Select(e => (e.Action, e.Target, e.Outcome)));
        Assert.All(audit, e => Assert.Equal("designer", e.Details));
    }

    [Fact]
    public async Task Invalid_settings_come_back_as_field_errors_and_nothing_is_saved()
    {
        await using var circuit = new DesignerCircuit(Hub.Services, "ada", "admin");
        var connections = circuit.Get<IConnectionsDesignerService>();

        var result = await connections.CreateAsync(new ConnectionDraft { Name = "bad name!", Connector = "http", Settings = new JsonObject { ["timeoutSeconds"] = "soon" } });

        Assert.Null(result.Connection);
        Assert.Contains(result.Errors, e => e.Field == "name");
        Assert.Contains(result.Errors, e => e.Field.StartsWith("settings", StringComparison.Ordinal));
        Assert.Empty(await connections.ListAsync());
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    [InlineData("publisher")]
    [InlineData("operator")]
    public async Task Only_administrators_change_or_test_connections_everybody_reads_them(string role)
    {
        await using (var admin = new DesignerCircuit(Hub.Services, "ada", "admin"))
        {
            await admin.Get<IConnectionsDesignerService>().CreateAsync(new ConnectionDraft { Name = "sandbox-erp", Connector = "sandbox" });
        }

        await using var circuit = new DesignerCircuit(Hub.Services, "someone", role);
        var connections = circuit.Get<IConnectionsDesignerService>();

        var listed = Assert.Single(await connections.ListAsync());
        var catalog = await connections.GetCatalogAsync();
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => connections.CreateAsync(new ConnectionDraft { Name = "other", Connector = "sandbox" }));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => connections.UpdateAsync(listed.Id, new ConnectionDraft()));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => connections.TestAsync(listed.Id));
        await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => connections.DeleteAsync(listed.Id));

        Assert.Contains(catalog.Connectors, c => c.Name == "sandbox");
        Assert.Single(await connections.ListAsync());
    }

    [Fact]
    public async Task Catalog_lists_operations_and_secret_settings_and_a_connection_test_runs_the_connectors_check()
    {
        await using var circuit = new DesignerCircuit(Hub.Services, "ada", "admin");
        var connections = circuit.Get<IConnectionsDesignerService>();

        var catalog = await connections.GetCatalogAsync();
        var sandbox = (await connections.CreateAsync(new ConnectionDraft { Name = "sandbox-erp", Connector = "sandbox" })).Connection!;
        var outcome = await connections.TestAsync(sandbox.Id);

        var http = catalog.Connectors.Single(c => c.Name == "http");
        Assert.Contains("apiKey", http.SecretSettings);
        Assert.True((bool)http.SettingsSchema["properties"]!["apiKey"]!["writeOnly"]!);
        Assert.Contains(catalog.Connectors.Single(c => c.Name == "sandbox").Operations, o => o.Name == "getAvailability" && o.IsIdempotent && o.InputSchema["properties"] is JsonObject);
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Contains("sandbox ready", outcome.Message);
    }

    private HttpClient Admin() => Hub.ClientWithKey(HubApplicationFactory.AdminKey);
}
