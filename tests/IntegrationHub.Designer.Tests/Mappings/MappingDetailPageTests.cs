using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Pages;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Mappings;

public sealed class MappingDetailPageTests : DesignerTestContext
{
    private readonly IRenderedComponent<MudDialogProvider> _dialogs;

    public MappingDetailPageTests()
    {
        Mappings.Add("orders-in", 1, FlowVersionStatus.Published, Document("ref"));
        Mappings.Add("orders-in", 0, FlowVersionStatus.Draft, Document("poRef"));
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        _dialogs = Render<MudDialogProvider>();
    }

    [Fact]
    public void Retire_IsHiddenForAnAnalyst_AndForAPublisherCallsTheServiceAfterConfirmation()
    {
        var analyst = RenderPage("analyst");
        analyst.WaitForAssertion(() => Assert.NotEmpty(analyst.FindAll("button[aria-label='Export v1']")));
        Assert.Empty(analyst.FindAll("button[aria-label='Retire v1']"));

        var publisher = RenderPage("publisher");
        publisher.WaitForElement("button[aria-label='Retire v1']").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Retire v1?", _dialogs.Markup));
        Assert.Empty(Mappings.Retired);
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Retire").Click();

        publisher.WaitForAssertion(() => Assert.Equal(["orders-in/1"], Mappings.Retired));
        publisher.WaitForAssertion(() => Assert.Contains("retired", publisher.Find("table[aria-label=Versions], [aria-label=Versions] table").TextContent));
        Assert.Empty(publisher.FindAll("button[aria-label='Retire v1']"));
    }

    [Fact]
    public void Retire_Cancelled_CallsNothing()
    {
        var publisher = RenderPage("publisher");
        publisher.WaitForElement("button[aria-label='Retire v1']").Click();
        _dialogs.WaitForAssertion(() => Assert.Contains("Retire v1?", _dialogs.Markup));
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        _dialogs.WaitForAssertion(() => Assert.DoesNotContain("Retire v1?", _dialogs.Markup));
        Assert.Empty(Mappings.Retired);
    }

    [Fact]
    public void DiscardDraft_AfterConfirmation_DeletesItAndTheHistoryShowsOnlyThePublishedVersion()
    {
        var cut = RenderPage("analyst");
        cut.WaitForAssertion(() => cut.FindAll("button").Single(b => b.TextContent.Trim() == "Discard draft").Click());
        _dialogs.WaitForAssertion(() => Assert.Contains("Discard the draft?", _dialogs.Markup));
        _dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Discard").Click();

        cut.WaitForAssertion(() => Assert.Equal(["orders-in"], Mappings.DiscardedDrafts));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("button[aria-label='Export Draft']")));
        Assert.NotEmpty(cut.FindAll("button[aria-label='Export v1']"));
    }

    [Theory]
    [MemberData(nameof(EditAndPublishByRole))]
    public void Detail_OffersOnlyWhatTheRoleMayDo(string role, bool canEdit, bool canPublish)
    {
        var cut = RenderPage(role);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("button[aria-label='Export v1']")));

        var controls = cut.FindAll("a, button").Select(b => b.TextContent.Trim()).Concat(cut.FindAll("[aria-label]").Select(e => e.GetAttribute("aria-label")!)).ToList();
        Assert.Equal(canEdit, controls.Contains("Edit draft"));
        Assert.Equal(canEdit, controls.Contains("Discard draft"));
        Assert.Equal(!canEdit, controls.Contains("View"));
        Assert.Equal(canPublish, controls.Contains("Publish draft"));
        Assert.Equal(canPublish, controls.Contains("Retire v1"));
        Assert.Contains("Export Draft", controls);
        Assert.Contains("Compare side by side", controls);
    }

    private static JsonObject Document(string source) =>
        JsonNode.Parse($$"""{ "id": "orders-in", "name": "Orders in", "rules": [ { "target": "orderNumber", "source": "{{source}}" } ] }""")!.AsObject();

    private IRenderedComponent<MappingDetailPage> RenderPage(string role) =>
        Render<MappingDetailPage>(p => p.Add(x => x.MappingId, "orders-in").AddCascadingValue(Session(role)));
}
