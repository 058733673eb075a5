using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Layout;
using IntegrationHub.Designer.Pages;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Pages;

public sealed class RoleVisibilityTests : DesignerTestContext
{
    public RoleVisibilityTests()
    {
        var content = JsonNode.Parse("""{ "id": "orders", "name": "Orders", "trigger": { "kind": "manual" }, "steps": [] }""")!.AsObject();
        Flows.Add("orders", 1, FlowVersionStatus.Published, content);
        Flows.Add("orders", 0, FlowVersionStatus.Draft, content);
    }

    [Theory]
    [MemberData(nameof(EditAndPublishByRole))]
    public void FlowDetail_OffersOnlyWhatTheRoleMayDo(string role, bool canEdit, bool canPublish)
    {
        Render<MudPopoverProvider>();
        var cut = Render<FlowDetailPage>(p => p.Add(x => x.FlowId, "orders").AddCascadingValue(Session(role)));
        cut.WaitForAssertion(() => Assert.Contains("Versions", cut.Markup));

        var buttons = cut.FindAll("a, button").Select(b => b.TextContent.Trim()).Concat(cut.FindAll("[aria-label]").Select(e => e.GetAttribute("aria-label")!)).ToList();
        Assert.Equal(canEdit, buttons.Contains("Edit draft"));
        Assert.Equal(canEdit, buttons.Contains("Validate draft"));
        Assert.Equal(canEdit, buttons.Contains("Discard draft"));
        Assert.Equal(canEdit, buttons.Contains("Start a draft from v1"));
        Assert.Equal(canPublish, buttons.Contains("Publish draft"));
        Assert.Equal(canPublish, buttons.Contains("Retire v1"));

        // Everybody may read: view and export stay.
        Assert.Equal(!canEdit, buttons.Contains("View"));
        Assert.Contains("Export v1", buttons);
        Assert.Contains("View v1", buttons);
    }

    [Theory]
    [InlineData("viewer", false, false)]
    [InlineData("analyst", true, false)]
    [InlineData("operator", false, true)]
    [InlineData("admin", true, true)]
    public void NavMenu_ShowsEditingAndOperationsEntriesByRole(string role, bool canEdit, bool canOperate)
    {
        var cut = Render<NavMenu>(p => p.Add(x => x.Session, Session(role)));

        var links = cut.FindAll("a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Flows", links);
        Assert.Contains("API reference", links);
        Assert.Equal(canEdit, links.Contains("New flow"));
        Assert.Equal(canEdit, links.Contains("Import a flow file"));
        Assert.Equal(canOperate, links.Contains("Background jobs"));
        Assert.Contains(role, cut.Find(".ih-nav-roles").TextContent);
    }

    [Fact]
    public void FlowsPage_ViewerSeesTheFlowsButNoNewOrImport()
    {
        var cut = Render<FlowsPage>(p => p.AddCascadingValue(Session("viewer")));
        cut.WaitForAssertion(() => Assert.Contains("orders", cut.Markup));

        Assert.DoesNotContain("New flow", cut.Markup);
        Assert.DoesNotContain("Import a file", cut.Markup);
    }

    [Fact]
    public void FlowEditor_PublishButtonOnlyForPublishers()
    {
        Render<MudPopoverProvider>();
        var analyst = Render<FlowEditorPage>(p => p.Add(x => x.FlowId, "orders").AddCascadingValue(Session("analyst")));
        analyst.WaitForAssertion(() => Assert.Contains("Save draft", analyst.Markup));
        Assert.DoesNotContain(">Publish<", analyst.Markup.Replace(" ", string.Empty, StringComparison.Ordinal));

        var publisher = Render<FlowEditorPage>(p => p.Add(x => x.FlowId, "orders").AddCascadingValue(Session("publisher")));
        publisher.WaitForAssertion(() => Assert.Contains(publisher.FindAll("button"), b => b.TextContent.Trim() == "Publish"));
    }
}
