using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Bunit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Connections;

public sealed class ConnectionFormTests : DesignerTestContext
{
    private const string StoredKey = "sk_live_do-not-leak-42";

    // The schema the connector SDK generates for an HTTP-like settings type (secrets are writeOnly).
    private static readonly ConnectorInfo Http = new(
        "http",
        "1.0.0",
        "HTTP / REST",
        "Calls REST APIs.",
        JsonNode.Parse("""
            {
              "type": ["object", "null"],
              "properties": {
                "baseUrl": { "type": "string", "format": "uri", "description": "Base URL, for example https://api.example.com/v2/." },
                "auth": { "enum": ["none", "apiKey", "basic"], "description": "How requests authenticate." },
                "apiKey": { "type": ["string", "null"], "description": "API key.", "writeOnly": true, "x-secret": true },
                "timeoutSeconds": { "type": ["string", "integer"], "pattern": "^-?(?:0|[1-9]\\d*)$", "description": "Timeout of one request in seconds." },
                "followRedirects": { "type": "boolean", "description": "Follow 3xx answers." },
                "defaultHeaders": { "type": ["object", "null"], "additionalProperties": { "type": "string" }, "description": "Headers sent with every request." }
              },
              "required": ["baseUrl"],
              "additionalProperties": false,
              "description": "Connection to a REST API."
            }
            """)!.AsObject(),
        ["apiKey"],
        [new ConnectorOperationInfo("request", "Sends a request.", false, false, [], [])]);

    public ConnectionFormTests() => Connections.Connectors.Add(Http);

    [Fact]
    public void EditPage_GeneratesOneEditorPerSetting_AndNeverShowsTheStoredSecret()
    {
        var existing = Connections.Add("crm", "http", JsonNode.Parse("""{ "baseUrl": "https://crm.example.com/", "auth": "apiKey", "timeoutSeconds": 20 }""")!.AsObject(), new() { ["apiKey"] = StoredKey });

        var cut = RenderEdit(existing.Id, "admin");

        Assert.Equal(["baseUrl", "auth", "apiKey", "timeoutSeconds", "followRedirects", "defaultHeaders"], cut.FindAll("[data-setting]").Select(e => e.GetAttribute("data-setting")));
        Assert.Equal(["Url", "Choice", "Secret", "Integer", "Boolean", "Json"], cut.FindAll("[data-setting]").Select(e => e.GetAttribute("data-kind")));
        Assert.Contains("Base URL", Setting(cut, "baseUrl").TextContent);
        Assert.Equal("https://crm.example.com/", Setting(cut, "baseUrl").QuerySelector("input")!.GetAttribute("value"));
        Assert.Contains("Timeout seconds", Setting(cut, "timeoutSeconds").TextContent);

        var secret = Setting(cut, "apiKey").QuerySelector("input")!;
        Assert.Equal("password", secret.GetAttribute("type"));
        Assert.True(string.IsNullOrEmpty(secret.GetAttribute("value")));
        Assert.Contains("stored; type to replace", secret.GetAttribute("placeholder"));
        Assert.DoesNotContain(StoredKey, cut.Markup);
    }

    [Fact]
    public void Save_WithoutTouchingTheSecret_KeepsIt_AndSendsTypedSettings()
    {
        var existing = Connections.Add("crm", "http", JsonNode.Parse("""{ "baseUrl": "https://crm.example.com/", "timeoutSeconds": 20 }""")!.AsObject(), new() { ["apiKey"] = StoredKey });
        var cut = RenderEdit(existing.Id, "admin");

        Setting(cut, "baseUrl").QuerySelector("input")!.Change("https://crm2.example.com/");
        Setting(cut, "timeoutSeconds").QuerySelector("input")!.Change("45");
        Submit(cut);

        cut.WaitForAssertion(() => Assert.Single(Connections.Updated));
        var draft = Connections.Updated[0].Draft;
        Assert.Empty(draft.Secrets);
        Assert.Equal("https://crm2.example.com/", (string)draft.Settings["baseUrl"]!);
        Assert.Equal(45, (long)draft.Settings["timeoutSeconds"]!);
        Assert.False(draft.Settings.ContainsKey("apiKey"));
        Assert.False(draft.Settings.ContainsKey("followRedirects"));
        Assert.Equal(3, draft.ExpectedVersion);
        Assert.Equal(StoredKey, Connections.StoredSecrets[existing.Id]["apiKey"]);
    }

    [Fact]
    public void Save_AfterClearingTheSecret_AsksToRemoveIt()
    {
        var existing = Connections.Add("crm", "http", JsonNode.Parse("""{ "baseUrl": "https://crm.example.com/" }""")!.AsObject(), new() { ["apiKey"] = StoredKey });
        var cut = RenderEdit(existing.Id, "admin");

        cut.FindAll("button").Single(b => b.GetAttribute("aria-label") == "Clear API key").Click();
        Submit(cut);

        cut.WaitForAssertion(() => Assert.Single(Connections.Updated));
        Assert.True(Connections.Updated[0].Draft.Secrets.TryGetValue("apiKey", out var value));
        Assert.Null(value);
        Assert.Empty(Connections.Connections[existing.Id].SecretsSet);
    }

    [Fact]
    public void Create_RequiredFieldMissing_SendsNothing_ThenSendsTheSecretApartFromTheSettings()
    {
        var cut = RenderNew("admin");
        Name(cut).Change("crm");

        // The required base URL is missing: nothing is sent.
        Submit(cut);
        cut.WaitForAssertion(() => Assert.Contains("Base URL is required.", Setting(cut, "baseUrl").TextContent));
        Assert.Empty(Connections.Created);

        Setting(cut, "baseUrl").QuerySelector("input")!.Change("https://crm.example.com/");
        Setting(cut, "apiKey").QuerySelector("input")!.Input("s3cret-value");
        Submit(cut);

        cut.WaitForAssertion(() => Assert.Single(Connections.Created));
        var draft = Connections.Created[0];
        Assert.Equal("crm", draft.Name);
        Assert.Equal("http", draft.Connector);
        Assert.Equal("s3cret-value", draft.Secrets["apiKey"]);
        Assert.False(draft.Settings.ContainsKey("apiKey"));
        Assert.Equal("https://crm.example.com/", (string)draft.Settings["baseUrl"]!);
    }

    [Fact]
    public void Create_HubRejectsASetting_TheErrorIsShownAtThatField()
    {
        Connections.Validator = _ => [new ConnectionFieldError("settings.baseUrl", "The URL must use https."), new ConnectionFieldError("name", "A connection named 'crm' already exists.")];
        var cut = RenderNew("admin");
        Name(cut).Change("crm");
        Setting(cut, "baseUrl").QuerySelector("input")!.Change("http://crm.example.com/");

        Submit(cut);

        cut.WaitForAssertion(() => Assert.Contains("The URL must use https.", Setting(cut, "baseUrl").TextContent));
        Assert.Contains("A connection named 'crm' already exists.", cut.Markup);
        Assert.Empty(Connections.Connections);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("operator")]
    [InlineData("publisher")]
    public void EditPage_NonAdministrator_SeesTheSettingsReadOnlyWithoutSaveOrTest(string role)
    {
        var existing = Connections.Add("crm", "http", JsonNode.Parse("""{ "baseUrl": "https://crm.example.com/" }""")!.AsObject(), new() { ["apiKey"] = StoredKey });

        var cut = RenderEdit(existing.Id, role);

        var buttons = cut.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Save changes", buttons);
        Assert.DoesNotContain("Test connection", buttons);
        Assert.DoesNotContain("Delete", buttons);
        Assert.True(Setting(cut, "baseUrl").QuerySelector("input")!.HasAttribute("readonly"));
        Assert.Equal("set (hidden)", Setting(cut, "apiKey").QuerySelector("input")!.GetAttribute("value"));
        Assert.DoesNotContain(StoredKey, cut.Markup);
    }

    private static IElement Setting(IRenderedComponent<ConnectionEditPage> cut, string name) => cut.Find($"[data-setting={name}]");

    private static IElement Name(IRenderedComponent<ConnectionEditPage> cut) =>
        cut.FindAll(".ih-field").First(e => e.TextContent.Contains("The name flows use", StringComparison.Ordinal)).QuerySelector("input")!;

    private static void Submit(IRenderedComponent<ConnectionEditPage> cut) => cut.Find("form[aria-label=Connection]").Submit();

    private IRenderedComponent<ConnectionEditPage> RenderEdit(Guid id, string role)
    {
        Render<MudPopoverProvider>();
        var cut = Render<ConnectionEditPage>(p => p.Add(x => x.ConnectionId, id).AddCascadingValue(Session(role)));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-setting]")));
        return cut;
    }

    private IRenderedComponent<ConnectionEditPage> RenderNew(string role)
    {
        Render<MudPopoverProvider>();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("connector", "http"));
        var cut = Render<ConnectionEditPage>(p => p.AddCascadingValue(Session(role)));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-setting]")));
        return cut;
    }
}
