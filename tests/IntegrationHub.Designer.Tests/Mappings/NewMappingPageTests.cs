using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bunit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Mappings;

public sealed partial class NewMappingPageTests : DesignerTestContext
{
    public NewMappingPageTests()
    {
        Mappings.Schemas["customer"] = new SchemaTree("customer", "Customer", null, []);
        Mappings.Schemas["sales-order"] = new SchemaTree("sales-order", "Sales order", null, []);
        Mappings.Samples["customer.json"] = JsonNode.Parse("""{ "customerId": "C-1" }""")!;

        // The hub's id rule, as the server's schema check words it.
        Mappings.Checker = document => JsonNode.Parse(document)!["id"]!.GetValue<string>() is var id && !IdForm().IsMatch(id)
            ? [new FlowErrorDto("designer", "$.id", $"'{id}' does not have the required form: a letter, then letters, digits, '_' or '-'", "schema")]
            : [];
    }

    [Fact]
    public async Task Create_SavesADraftWithTheChosenSchemasAndOpensItInTheEditor()
    {
        var cut = RenderPage();
        await FillAsync(cut, "customer-copy", "Customer copy", "customer", "sales-order", "customer.json");

        Click(cut, "Create mapping");

        cut.WaitForAssertion(() => Assert.Single(Mappings.Created));
        var created = JsonNode.Parse(Mappings.Created[0])!;
        Assert.Equal(
            ("customer-copy", "Customer copy", "customer", "sales-order", "customer.json"),
            ((string?)created["id"], (string?)created["name"], (string?)created["sourceSchema"], (string?)created["targetSchema"], (string?)created["sample"]));
        Assert.Empty(created["rules"]!.AsArray());
        Assert.Equal("draft", Mappings.Store["customer-copy"][0].Status);
        cut.WaitForAssertion(() => Assert.EndsWith("/mappings/customer-copy/edit", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_InvalidId_ShowsTheServersErrorAtTheIdFieldAndSavesNothing()
    {
        var cut = RenderPage();
        await FillAsync(cut, "9 lives", "Nine lives", "customer", "sales-order", sample: null);

        Click(cut, "Create mapping");

        cut.WaitForAssertion(() => Assert.Contains("'9 lives' does not have the required form", cut.Find("[data-field=id]").TextContent));
        Assert.DoesNotContain("required form", cut.Find("[data-field=name]").TextContent);
        Assert.Empty(Mappings.Created);
        Assert.DoesNotContain("/edit", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_IdInUse_IsAnErrorAtTheIdAndTheExistingMappingIsLeftAlone()
    {
        Mappings.Add("customer-copy", 1, FlowVersionStatus.Published, JsonNode.Parse("""{ "id": "customer-copy", "name": "Theirs", "rules": [] }""")!.AsObject());
        var cut = RenderPage();
        await FillAsync(cut, "customer-copy", "Mine", "customer", "customer", sample: null);

        Click(cut, "Create mapping");

        cut.WaitForAssertion(() => Assert.Contains("already exists", cut.Find("[data-field=id]").TextContent));
        Assert.False(Mappings.Store["customer-copy"].ContainsKey(0));
    }

    [Fact]
    public void Create_WithoutSchemasOrWithAnUnknownSample_SaysWhatIsMissingAtEachFieldAndSavesNothing()
    {
        var cut = RenderPage();
        cut.WaitForElement("[data-field=id] input").Change("fine-id");
        cut.Find("[data-field=sample] input").Change("nope.json");

        Click(cut, "Create mapping");

        cut.WaitForAssertion(() => Assert.Contains("Pick the schema of the payload", cut.Find("[data-field=sourceSchema]").TextContent));
        Assert.Contains("Pick the schema the output must match", cut.Find("[data-field=targetSchema]").TextContent);
        Assert.Contains("no sample 'nope.json'", cut.Find("[data-field=sample]").TextContent);
        Assert.Empty(Mappings.Created);
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_-]{0,99}$")]
    private static partial Regex IdForm();

    private static void Click(IRenderedComponent<NewMappingPage> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text).Click();

    private static async Task FillAsync(IRenderedComponent<NewMappingPage> cut, string id, string name, string source, string target, string? sample)
    {
        cut.WaitForElement("[data-field=id] input").Change(id);
        cut.Find("[data-field=name] input").Change(name);
        await PickAsync(cut, "Source schema", source);
        await PickAsync(cut, "Target schema", target);
        if (sample is not null)
        {
            cut.Find("[data-field=sample] input").Change(sample);
        }
    }

    private static async Task PickAsync(IRenderedComponent<NewMappingPage> cut, string label, string schemaId)
    {
        var select = cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == label);
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(schemaId));
    }

    private IRenderedComponent<NewMappingPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var cut = Render<NewMappingPage>(p => p.AddCascadingValue(Session("analyst")));
        cut.WaitForAssertion(() => Assert.False(cut.FindAll("button").Single(b => b.TextContent.Trim() == "Create mapping").HasAttribute("disabled")));
        return cut;
    }
}
