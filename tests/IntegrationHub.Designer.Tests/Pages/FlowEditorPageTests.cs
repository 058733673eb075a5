using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Pages;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Pages;

public sealed class FlowEditorPageTests : DesignerTestContext
{
    private const string Orders = """
        {
          "id": "orders", "name": "Orders", "trigger": { "kind": "manual" },
          "connections": { "erp": { "connector": "sandbox" } },
          "steps": [
            { "id": "create", "kind": "call", "connection": "erp", "operation": "createSalesOrder" },
            { "id": "route", "kind": "switch", "cases": [
                { "name": "big", "when": "=input.total > 1000", "steps": [
                    { "id": "approve", "kind": "wait", "event": "order.approved", "correlationKey": "=input.id", "timeout": "P1D" },
                    { "id": "notify", "kind": "call", "connection": "erp", "operation": "notify" } ] } ],
              "default": [ { "id": "note", "kind": "set", "vars": { "small": true } } ] },
            { "id": "lines", "kind": "foreach", "items": "=input.lines", "steps": [
                { "id": "reserve", "kind": "call", "connection": "erp", "operation": "reserve" } ] }
          ]
        }
        """;

    public FlowEditorPageTests() => Flows.Add("orders", 1, FlowVersionStatus.Published, JsonNode.Parse(Orders)!.AsObject());

    [Fact]
    public void Render_NestedFlow_DrawsEveryStepInItsLane()
    {
        var cut = RenderEditor();

        Assert.Equal(["create", "route", "approve", "notify", "note", "lines", "reserve"], StepIds(cut));
        var route = cut.Find("[data-step-id=route]");
        Assert.Equal(["approve", "notify", "note"], route.QuerySelectorAll("[data-step-id]").Select(e => e.GetAttribute("data-step-id")));
        Assert.Contains("big: when =input.total > 1000", route.TextContent);
        Assert.Equal(["reserve"], cut.Find("[data-step-id=lines]").QuerySelectorAll("[data-step-id]").Select(e => e.GetAttribute("data-step-id")));
    }

    [Fact]
    public async Task AddStep_ChosenFromTheMenuInALane_InsertsItThereSelectedAndMarksUnsaved()
    {
        var cut = RenderEditor();
        var popovers = _popovers!;

        // The "+" at the end of the switch's "big" case.
        var lane = "$.steps[1].cases[0].steps";
        var menu = cut.FindComponents<MudMenu>().Single(m => m.Instance.UserAttributes.TryGetValue("data-add-step", out var path) && Equals(path, lane)
            && Equals(m.Instance.UserAttributes["data-index"], int.MaxValue));
        await cut.InvokeAsync(() => menu.Instance.OpenMenuAsync(EventArgs.Empty));
        popovers.WaitForElement("[data-kind=set]").Click();

        cut.WaitForAssertion(() => Assert.Equal(["create", "route", "approve", "notify", "set1", "note", "lines", "reserve"], StepIds(cut)));
        Assert.Contains("ih-node-selected", cut.Find("[data-step-id=set1]").ClassName);
        Assert.Contains("Unsaved changes", cut.Markup);
        Assert.Contains("Properties of step set1", cut.Markup);

        await cut.InvokeAsync(() => cut.FindComponents<MudButton>().Single(b => b.Markup.Contains("Save draft")).Instance.OnClick.InvokeAsync());
        cut.WaitForAssertion(() => Assert.Single(Flows.Saved));
        var saved = JsonNode.Parse(Flows.Saved[0])!;
        Assert.Equal("set", (string)saved["steps"]![1]!["cases"]![0]!["steps"]![2]!["kind"]!);
    }

    [Fact]
    public void MoveStep_DownWithTheToolbarAndUpWithAltArrow_ReordersTheLaneAndKeepsTheSelection()
    {
        var cut = RenderEditor();

        Click(cut, "[data-step-id=create] .ih-node-card");
        Click(cut, "button[aria-label='Move create down']");
        cut.WaitForAssertion(() => Assert.Equal(["route", "approve", "notify", "note", "create", "lines", "reserve"], StepIds(cut)));
        cut.WaitForAssertion(() => Assert.Contains("ih-node-selected", cut.Find("[data-step-id=create]").ClassName));
        cut.WaitForAssertion(() => Assert.Equal("$.steps[1]", cut.Find("[data-step-id=create]").GetAttribute("data-step-path")));

        cut.Find("[data-step-id=create] .ih-node-card").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowUp", AltKey = true });
        cut.WaitForAssertion(() => Assert.Equal(["create", "route", "approve", "notify", "note", "lines", "reserve"], StepIds(cut)));

        // Inside a lane too: notify before approve.
        Click(cut, "[data-step-id=notify] .ih-node-card");
        Click(cut, "button[aria-label='Move notify up']");
        cut.WaitForAssertion(() => Assert.Equal(["create", "route", "notify", "approve", "note", "lines", "reserve"], StepIds(cut)));
        cut.WaitForAssertion(() => Assert.True(cut.Find("button[aria-label='Move notify up']").HasAttribute("disabled")));
    }

    [Fact]
    public void ValidationErrors_AreShownAtTheStepTheirPathBelongsTo()
    {
        Flows.Validator = _ =>
        [
            new FlowErrorDto("designer", "$.steps[1].cases[0].steps[1].operation", "operation must not be empty", "schema"),
            new FlowErrorDto("designer", "$.steps[2].steps[0].connection", "connection 'wms' is not declared in $.connections (known: erp)", "unknown-connection"),
            new FlowErrorDto("designer", "$.connections.erp.connector", "connector 'nope' is not installed", "unknown-connector"),
        ];

        var cut = RenderEditor();

        cut.WaitForAssertion(() => Assert.Contains("3 errors", cut.Markup));
        Assert.Equal(["notify", "reserve"], cut.FindAll("[data-step-id]").Where(n => n.QuerySelector(":scope > .ih-node-card .ih-node-badge") is not null).Select(n => n.GetAttribute("data-step-id")));
        Assert.Contains("operation: operation must not be empty", cut.Find("[data-step-id=notify] .ih-node-errors").TextContent);
        Assert.Contains("connection: connection 'wms' is not declared", cut.Find("[data-step-id=reserve] .ih-node-errors").TextContent);

        // The containing steps do not claim their children's errors; the flow's own error shows in the settings.
        Assert.Null(cut.Find("[data-step-id=route]").QuerySelector(":scope > .ih-node-card .ih-node-errors"));
        Assert.Contains("connector 'nope' is not installed", cut.Find("[aria-label='Flow settings']").TextContent);

        // Selecting the step shows its error at the field.
        Click(cut, "[data-step-id=notify] .ih-node-card");
        var operation = cut.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Operation");
        Assert.Contains("mud-input-error", operation.Markup);
        Assert.Contains("operation must not be empty", operation.Markup);
    }

    private IRenderedComponent<MudPopoverProvider>? _popovers;

    private IRenderedComponent<FlowEditorPage> RenderEditor()
    {
        _popovers = Render<MudPopoverProvider>();
        var cut = Render<FlowEditorPage>(p => p.Add(x => x.FlowId, "orders").AddCascadingValue(Session("analyst", "publisher")));
        cut.WaitForElement("[data-step-id=create]");
        return cut;
    }

    /// <summary>Finds and clicks once the element is there and wired (MudBlazor children finish rendering asynchronously).</summary>
    private static void Click(IRenderedComponent<FlowEditorPage> cut, string selector) =>
        cut.WaitForAssertion(() => cut.Find(selector).Click());

    private static List<string?> StepIds(IRenderedComponent<FlowEditorPage> cut) => [.. cut.FindAll("[data-step-id]").Select(e => e.GetAttribute("data-step-id"))];
}
