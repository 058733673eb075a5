using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Designer.Pages;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Mappings;

public sealed class LookupTableEditorPageTests : DesignerTestContext
{
    public LookupTableEditorPageTests()
    {
        var content = JsonNode.Parse("""{ "id": "units", "description": "Units", "onMissing": "error", "entries": { "CS": "CA", "EA": "EA" } }""")!.AsObject();
        Mappings.Lookups["units"] = new LookupTableDetail(new LookupTableSummary("units", "Units", "error", 2, 4, "file", Now, "someone"), content);
    }

    [Fact]
    public void Publisher_EditsAnEntryAddsOneAndSaves_SendingTheRevisionEdited()
    {
        var cut = RenderTable("publisher");
        var values = cut.WaitForElements("input[data-entry=value]");
        Assert.Equal(2, values.Count);
        values[0].Change("\"CASE\"");

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Add entry").Click();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("input[data-entry=key]").Count));
        cut.FindAll("input[data-entry=key]")[2].Change("DZ");
        cut.FindAll("input[data-entry=value]")[2].Change("12");
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Save table").Click();

        cut.WaitForAssertion(() => Assert.Single(Mappings.SavedLookups));
        var (document, revision) = Mappings.SavedLookups[0];
        Assert.Equal(4, revision);
        var entries = JsonNode.Parse(document)!["entries"]!;
        Assert.Equal("CASE", (string?)entries["CS"]);
        Assert.Equal("EA", (string?)entries["EA"]);
        Assert.Equal(12, (int?)entries["DZ"]);
        cut.WaitForAssertion(() => Assert.Contains("revision 5", cut.Markup));
    }

    [Fact]
    public void DuplicateKeys_AreRefusedBeforeSaving()
    {
        var cut = RenderTable("admin");
        cut.WaitForElements("input[data-entry=key]")[1].Change("CS");
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Save table").Click();

        cut.WaitForAssertion(() => Assert.Contains("The key 'CS' is there twice.", cut.Find("[role=alert]").TextContent));
        Assert.Empty(Mappings.SavedLookups);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    public void RolesThatMayNotPublish_SeeTheTableReadOnly(string role)
    {
        var cut = RenderTable(role);
        cut.WaitForElements("input[data-entry=key]");

        var buttons = cut.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Save table", buttons);
        Assert.DoesNotContain("Add entry", buttons);
        Assert.All(cut.FindAll("input[data-entry]"), input => Assert.True(input.HasAttribute("readonly")));
    }

    private IRenderedComponent<LookupTableEditorPage> RenderTable(string role)
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<LookupTableEditorPage>(p => p.Add(x => x.TableId, "units").AddCascadingValue(Session(role)));
    }
}
