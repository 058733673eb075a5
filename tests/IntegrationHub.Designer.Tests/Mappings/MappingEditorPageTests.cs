using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Designer.Layout;
using IntegrationHub.Designer.Pages;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Mappings;

public sealed class MappingEditorPageTests : DesignerTestContext
{
    private IRenderedComponent<MudDialogProvider>? _dialogs;

    public MappingEditorPageTests()
    {
        var content = JsonNode.Parse("""
            {
              "id": "orders-in", "name": "Orders in", "sourceSchema": "portal", "targetSchema": "order", "sample": "portal.json",
              "rules": [
                { "target": "orderNumber", "source": "ref" },
                { "target": "lines", "forEach": "items", "rules": [
                  { "target": "sku", "source": "code" },
                  { "target": "uom", "source": "unit", "lookup": "units" }
                ] }
              ]
            }
            """)!.AsObject();
        Mappings.Add("orders-in", 1, FlowVersionStatus.Published, content);
        Mappings.Schemas["order"] = new SchemaTree("order", "Order", null,
        [
            Field("orderNumber", "$.orderNumber", "string"),
            Field("status", "$.status", "string"),
            Field("lines", "$.lines", "array", Field("sku", "$.lines[].sku", "string"), Field("uom", "$.lines[].uom", "string")),
        ]);
        Mappings.Schemas["portal"] = new SchemaTree("portal", "Portal", null,
        [
            Field("ref", "$.ref", "string"),
            Field("poRef", "$.poRef", "string"),
            Field("items", "$.items", "array", Field("code", "$.items[].code", "string"), Field("unit", "$.items[].unit", "string"), Field("unitCode", "$.items[].unitCode", "string")),
        ]);
        Mappings.Samples["portal.json"] = JsonNode.Parse("""{ "ref": "A-1", "poRef": "PO-9", "items": [ { "code": "X", "unit": "CS" } ] }""")!;
    }

    [Fact]
    public void Preview_ShowsEachErrorAtItsTargetField()
    {
        Mappings.Previewer = r => new MappingPreviewResult("orders-in", null, false, JsonNode.Parse("""{ "orderNumber": "A-1", "lines": [ { "sku": "X" } ] }"""),
            [new MappingErrorDto("$.lines[0].uom", "$.items[0].unit", "$.rules[1].rules[1]", "No entry for 'CS' in lookup table units.", "rule", "dataQuality")],
            [new RuleTraceDto("$.rules[0]", "$.orderNumber", "$.ref", JsonValue.Create("A-1"), "written")]);

        var cut = RenderEditor("analyst");

        cut.WaitForAssertion(() => Assert.Contains("1 error(s)", cut.Markup));
        var uom = cut.Find("li[data-path='$.lines[].uom']");
        Assert.Contains("ih-map-error", uom.ClassList);
        Assert.Contains("No entry for 'CS' in lookup table units.", uom.TextContent);
        foreach (var clean in new[] { "$.orderNumber", "$.status", "$.lines[].sku", "$.lines" })
        {
            Assert.DoesNotContain("ih-map-error", cut.Find($"li[data-path='{clean}']").ClassList);
        }

        // The preview ran on the sample named by the mapping, with the document being edited.
        var request = Assert.Single(Mappings.Previews);
        Assert.Equal("PO-9", (string?)request.Sample?["poRef"]);
        Assert.Equal("orders-in", (string?)request.Document?["id"]);
        Assert.Contains("A-1", cut.Find("[aria-label='Preview output']").TextContent);
        Assert.Contains("$.ref", cut.Find("[aria-label='Rule trace']").TextContent);
    }

    [Fact]
    public void TargetTree_ShowsTheRulePerFieldAndFieldsWithoutOne()
    {
        var cut = RenderEditor("analyst");

        cut.WaitForAssertion(() => Assert.Contains("← ref", cut.Find("li[data-path='$.orderNumber']").TextContent));
        Assert.Contains("each items", cut.Find("li[data-path='$.lines']").TextContent);
        Assert.Contains("lookup units", cut.Find("li[data-path='$.lines[].uom']").TextContent);
        Assert.DoesNotContain("←", cut.Find("li[data-path='$.status'] > button").TextContent);
    }

    [Fact]
    public void EditingARuleAndSavingTheDraft_SendsTheEditedDocument()
    {
        var cut = RenderEditor("analyst");
        cut.WaitForElement("button[aria-label='Field $.orderNumber']");

        cut.Find("button[aria-label='Field $.orderNumber']").Click();
        cut.WaitForElement("input[data-rule-field=source]").Change("poRef");
        cut.WaitForAssertion(() => Assert.Contains("Unsaved changes", cut.Markup));

        // The live preview ran again with the edit.
        cut.WaitForAssertion(() => Assert.Equal("poRef", (string?)Mappings.Previews[^1].Document?["rules"]?[0]?["source"]));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Save draft").Click();

        cut.WaitForAssertion(() => Assert.Single(Mappings.Saved));
        var saved = JsonNode.Parse(Mappings.Saved[0])!;
        Assert.Equal("poRef", (string?)saved["rules"]![0]!["source"]);
        Assert.Equal("code", (string?)saved["rules"]![1]!["rules"]![0]!["source"]);
        cut.WaitForAssertion(() => Assert.DoesNotContain("Unsaved changes", cut.Markup));
    }

    [Fact]
    public void PickingASourceField_PutsItsPathRelativeToTheArrayElementIntoTheRule()
    {
        var cut = RenderEditor("analyst");
        cut.WaitForElement("button[aria-label='Field $.lines[].uom']").Click();

        cut.WaitForElement("button[aria-label='Use source $.items[].unitCode']:not([disabled])").Click();
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Save draft").Click();

        cut.WaitForAssertion(() => Assert.Single(Mappings.Saved));
        Assert.Equal("unitCode", (string?)JsonNode.Parse(Mappings.Saved[0])!["rules"]![1]!["rules"]![1]!["source"]);
    }

    [Fact]
    public void AddingARuleForAFieldWithoutOne_WritesIt()
    {
        var cut = RenderEditor("analyst");
        cut.WaitForElement("button[aria-label='Field $.status']").Click();
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Add a rule").Click();
        cut.WaitForElement("input[data-rule-field=source]").Change("$.ref");
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Save draft").Click();

        cut.WaitForAssertion(() => Assert.Single(Mappings.Saved));
        var rules = JsonNode.Parse(Mappings.Saved[0])!["rules"]!.AsArray();
        Assert.Contains(rules, r => (string?)r!["target"] == "status" && (string?)r["source"] == "$.ref");
    }

    [Theory]
    [MemberData(nameof(EditAndPublishByRole))]
    public void Editor_OffersOnlyWhatTheRoleMayDo(string role, bool canEdit, bool canPublish)
    {
        var cut = RenderEditor(role);
        cut.WaitForElement("button[aria-label='Field $.orderNumber']");

        var buttons = cut.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(canEdit, buttons.Contains("Save draft"));
        Assert.Equal(canEdit, buttons.Contains("Preview"));
        Assert.Equal(canPublish, buttons.Contains("Publish"));

        // Only roles that may edit run previews (the service would refuse the others).
        Assert.Equal(canEdit, Mappings.Previews.Count > 0);
        cut.Find("button[aria-label='Field $.orderNumber']").Click();
        Assert.Equal(!canEdit, cut.Find("input[data-rule-field=source]").HasAttribute("readonly"));
    }

    [Fact]
    public void Publish_SavesTheEditAndPublishesIt()
    {
        var cut = RenderEditor("publisher");
        cut.WaitForElement("button[aria-label='Field $.orderNumber']").Click();
        cut.WaitForElement("input[data-rule-field=source]").Change("poRef");
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Publish").Click();
        var dialogs = _dialogs!;
        dialogs.WaitForAssertion(() => Assert.Contains("Publish the mapping?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Publish").Click();

        cut.WaitForAssertion(() => Assert.Equal(["orders-in"], Mappings.Published));
        Assert.Equal("poRef", (string?)JsonNode.Parse(Assert.Single(Mappings.Saved))!["rules"]![0]!["source"]);
    }

    [Fact]
    public void MappingsList_AndNavEntry()
    {
        var list = Render<MappingsPage>();
        list.WaitForAssertion(() => Assert.Contains("/mappings/orders-in", list.Markup));

        Mappings.Lookups["units"] = new LookupTableDetail(new LookupTableSummary("units", "Unit codes", "error", 2, 1, "file", Now, "someone"), new JsonObject());
        var lookups = Render<LookupsPage>();
        lookups.WaitForAssertion(() => Assert.Contains("/lookups/units", lookups.Markup));

        var nav = Render<NavMenu>(p => p.Add(x => x.Session, Session("viewer")));
        var links = nav.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Mappings", links);
        Assert.Contains("Lookup tables", links);
    }

    private static SchemaField Field(string name, string path, string type, params SchemaField[] children) =>
        new(name, path, type, false, null, null, [], children);

    private IRenderedComponent<MappingEditorPage> RenderEditor(string role)
    {
        Render<MudPopoverProvider>();
        _dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        return Render<MappingEditorPage>(p => p.Add(x => x.MappingId, "orders-in").AddCascadingValue(Session(role)));
    }
}
