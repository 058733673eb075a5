using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Editor;
using IntegrationHub.Designer.Editor.Calls;
using IntegrationHub.Designer.Pages;
using MudBlazor;
using MudBlazor.Extensions;

namespace IntegrationHub.Designer.Tests.Editor;

public sealed class CallStepEditorTests : DesignerTestContext
{
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public CallStepEditorTests()
    {
        Flows.Add("orders", 1, FlowVersionStatus.Published, JsonNode.Parse(CallSamples.Flow)!.AsObject());
        Connections.Connectors.AddRange([CallSamples.Sandbox, CallSamples.Warehouse]);
        Connections.Add("sandbox-erp", "sandbox", new JsonObject { ["company"] = "ACME" }, new() { ["apiKey"] = "s3cret" });
        Connections.Add("main-wms", "warehouse", [], []);
        _popovers = Render<MudPopoverProvider>();
    }

    [Fact]
    public async Task PickConnection_OffersConfiguredConnectionsWithTheirConnector_ThenListsThatConnectorsOperations()
    {
        var cut = OpenStep("fresh");

        await cut.InvokeAsync(() => ConnectionPicker(cut).Instance.OpenMenuAsync());
        _popovers.WaitForAssertion(() => Assert.Equal(["erp", "wms", "main-wms"], _popovers.FindAll("[data-connection]").Select(e => e.GetAttribute("data-connection"))));
        Assert.Contains("sandbox · connection sandbox-erp", _popovers.Find("[data-connection=erp]").TextContent);
        Assert.Contains("warehouse · 'wms' is not configured", _popovers.Find("[data-connection=wms]").TextContent);
        Assert.Contains("warehouse · not used by this flow yet", _popovers.Find("[data-connection=main-wms]").TextContent);

        await cut.InvokeAsync(() => ConnectionPicker(cut).Instance.ValueChanged.InvokeAsync("main-wms"));

        Assert.Equal("main-wms", (string?)SelectedStep(cut)["connection"]);
        Assert.Equal("""{"connector":"warehouse"}""", Document(cut)["connections"]!["main-wms"]!.ToJsonString());
        cut.WaitForAssertion(() => Assert.Contains("Added 'main-wms' to the flow's connections (connector warehouse).", cut.Markup));
        await cut.InvokeAsync(() => OperationPicker(cut).Instance.OpenMenu());
        _popovers.WaitForAssertion(() => Assert.Equal(["listShipments", "pick"], _popovers.FindAll("[data-operation]").Select(e => e.GetAttribute("data-operation"))));
        Assert.Equal(["pageable"], _popovers.Find("[data-operation=listShipments]").QuerySelectorAll("[data-badge]").Select(b => b.GetAttribute("data-badge")));
        Assert.Empty(_popovers.Find("[data-operation=pick]").QuerySelectorAll("[data-badge]"));
        Assert.Contains("Picks the lines of a shipment.", _popovers.Find("[data-operation=pick]").TextContent);
    }

    [Fact]
    public async Task PickOperation_RendersTheInputFormFromItsSchema_AndItsOutputCollapsed()
    {
        var cut = OpenStep("fresh");
        await cut.InvokeAsync(() => ConnectionPicker(cut).Instance.ValueChanged.InvokeAsync("erp"));
        Assert.Empty(cut.FindAll("[data-input]"));

        await cut.InvokeAsync(() => OperationPicker(cut).Instance.ValueChanged.InvokeAsync("createSalesOrder"));

        cut.WaitForAssertion(() => Assert.Equal(
            ["customer", "lines", "customerReference", "priority", "rush", "channel", "shipTo", "shipTo.city", "shipTo.country"],
            cut.FindAll("[data-input]").Select(e => e.GetAttribute("data-input"))));
        Assert.Equal(
            ["Text", "Json", "Text", "Integer", "Boolean", "Choice", "Object", "Text", "Text"],
            cut.FindAll("[data-input]").Select(e => e.GetAttribute("data-kind")));
        Assert.Equal("createSalesOrder", (string?)SelectedStep(cut)["operation"]);
        Assert.Contains("one of portal, edi, or an expression starting with '='", Field(cut, "channel").TextContent);
        Assert.Contains("Required: the operation needs 'customer' (text).", Field(cut, "customer").TextContent);
        Assert.Contains("Required: the operation needs 'lines' (array of object).", Field(cut, "lines").TextContent);
        Assert.Equal(["idempotent"], cut.Find("[data-picked-operation=createSalesOrder]").QuerySelectorAll("[data-badge]").Select(b => b.GetAttribute("data-badge")));

        // The output is there but collapsed until asked for.
        var output = cut.FindComponents<MudExpansionPanel>().Single(p => p.Instance.Text == "Output: what steps.fresh.output holds");
        Assert.False(output.Instance.Expanded);
        await cut.InvokeAsync(() => output.Instance.ExpandAsync());
        cut.WaitForAssertion(() => Assert.Contains("ERP order number.", cut.Find("tr[data-field='order.number']").TextContent));
    }

    [Fact]
    public async Task EditFormFields_WriteLiteralsAndExpressionsIntoTheInput_AndKeepUnknownProperties()
    {
        var cut = OpenStep("create");

        await Type(cut, "customer", "C-100");
        await Type(cut, "priority", "5");
        await Type(cut, "shipTo.city", "Lyon");
        await Choose(cut, "channel", "edi");
        await Choose(cut, "rush", "true");

        Assert.Equal(
            """{"lines":"=input.lines","legacyFlag":true,"customer":"C-100","priority":5,"shipTo":{"city":"Lyon"},"channel":"edi","rush":true}""",
            SelectedStep(cut)["input"]!.ToJsonString());

        await Type(cut, "customer", "=steps.lookup.output.code");
        await Type(cut, "shipTo.city", string.Empty);
        Assert.Equal(
            """{"lines":"=input.lines","legacyFlag":true,"customer":"=steps.lookup.output.code","priority":5,"channel":"edi","rush":true}""",
            SelectedStep(cut)["input"]!.ToJsonString());

        // The property the schema does not know is shown as such, and saved as it was.
        var unknown = cut.Find("[data-input=legacyFlag]");
        Assert.Equal("true", unknown.GetAttribute("data-unknown"));
        Assert.Contains("Not in the operation's input schema", cut.Markup);
        await cut.InvokeAsync(() => cut.FindComponents<MudButton>().Single(b => b.Markup.Contains("Save draft")).Instance.OnClick.InvokeAsync());
        cut.WaitForAssertion(() => Assert.Single(Flows.Saved));
        Assert.True((bool)JsonNode.Parse(Flows.Saved[0])!["steps"]![0]!["input"]!["legacyFlag"]!);
    }

    [Fact]
    public async Task EditFormField_WithAWrongLiteralOrABrokenExpression_SaysWhyAtTheField()
    {
        var cut = OpenStep("create");
        await Type(cut, "priority", "5");

        await Type(cut, "priority", "soon");
        Assert.Equal(5, SelectedStep(cut)["input"]!["priority"]!.GetValue<long>());
        cut.WaitForAssertion(() => Assert.Contains("'soon' is not a whole number: enter one such as 3, or write an expression starting with '='.", Field(cut, "priority").TextContent));

        await Type(cut, "customer", "=lookup('customers', input.id");
        Assert.Equal("=lookup('customers', input.id", (string?)SelectedStep(cut)["input"]!["customer"]);
        cut.WaitForAssertion(() => Assert.Contains("JavaScript syntax error: unbalanced parentheses", Field(cut, "customer").TextContent));
        Assert.Contains("mud-input-error", Field(cut, "customer").InnerHtml);
    }

    [Fact]
    public async Task MissingRequiredInputProperty_IsShownAtItsField()
    {
        var cut = OpenStep("create");

        cut.WaitForAssertion(() => Assert.Contains("Required: the operation needs 'customer' (text).", Field(cut, "customer").TextContent));
        Assert.Contains("mud-input-error", Field(cut, "customer").InnerHtml);
        Assert.DoesNotContain("Required", Field(cut, "lines").TextContent);

        // A required field of an optional object counts only once the object is there.
        Assert.DoesNotContain("Required", Field(cut, "shipTo.city").TextContent);
        await Type(cut, "shipTo.country", "FR");
        cut.WaitForAssertion(() => Assert.Contains("Required: the operation needs 'shipTo.city' (text).", Field(cut, "shipTo.city").TextContent));

        await Type(cut, "customer", "C-100");
        cut.WaitForAssertion(() => Assert.DoesNotContain("Required", Field(cut, "customer").TextContent));
    }

    [Fact]
    public async Task UnknownConnectionName_ShowsAWarningAndIsKept()
    {
        var cut = OpenStep("ship");

        cut.WaitForAssertion(() => Assert.Equal(
            "No connection named 'wms' is configured. A flow may name it before it exists, but its runs fail until an administrator creates it under Connections.",
            Assert.Single(cut.FindAll("[data-warning=connection]")).TextContent.Trim()));

        Select(cut, "fresh");
        await cut.InvokeAsync(() => ConnectionPicker(cut).Instance.ValueChanged.InvokeAsync("ghost"));
        Assert.Equal("ghost", (string?)SelectedStep(cut)["connection"]);
        Assert.Null(Document(cut)["connections"]!["ghost"]);
        cut.WaitForAssertion(() => Assert.StartsWith("No connection named 'ghost' is configured.", Assert.Single(cut.FindAll("[data-warning=connection]")).TextContent.Trim()));

        // A connection bound to a configured one of the right connector has nothing to warn about.
        Select(cut, "create");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-warning]")));
    }

    [Fact]
    public async Task SwitchToJson_ShowsTheRawInput_AndAnExpressionInputStaysRaw()
    {
        var cut = OpenStep("create");

        await cut.InvokeAsync(() => cut.FindComponents<MudSwitch<bool>>().Single(s => s.Instance.Label == "Edit as JSON").Instance.ValueChanged.InvokeAsync(true));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-input]")));
        var raw = cut.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == "Input");
        Assert.Contains("\"legacyFlag\": true", raw.Instance.GetState(x => x.Value));
        await cut.InvokeAsync(() => raw.Instance.ValueChanged.InvokeAsync("=steps.prepare.output"));

        Assert.Equal("=steps.prepare.output", (string?)SelectedStep(cut)["input"]);
        cut.WaitForAssertion(() => Assert.Contains("The input is one expression", cut.Markup));
        Assert.DoesNotContain(cut.FindComponents<MudSwitch<bool>>(), s => s.Instance.Label == "Edit as JSON");
    }

    private static IRenderedComponent<MudAutocomplete<string>> ConnectionPicker(IRenderedComponent<FlowEditorPage> cut) =>
        cut.FindComponents<MudAutocomplete<string>>().Single(a => a.Instance.Label == "Connection");

    private static IRenderedComponent<MudSelect<string>> OperationPicker(IRenderedComponent<FlowEditorPage> cut) =>
        cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Operation");

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<FlowEditorPage> cut, string inputPath) => cut.Find($"[data-input='{inputPath}']");

    private static IRenderedComponent<InputValueField> InputComponent(IRenderedComponent<FlowEditorPage> cut, string inputPath) =>
        cut.FindComponents<InputValueField>().Single(f => f.Instance.Scope.InputPathOf(f.Instance.Property.Name) == inputPath);

    private static JsonObject SelectedStep(IRenderedComponent<FlowEditorPage> cut) => cut.FindComponent<StepPropertyPanel>().Instance.State.SelectedStep!;

    private static JsonObject Document(IRenderedComponent<FlowEditorPage> cut) => cut.FindComponent<StepPropertyPanel>().Instance.State.Document;

    private static Task Type(IRenderedComponent<FlowEditorPage> cut, string inputPath, string text)
    {
        var field = InputComponent(cut, inputPath).FindComponent<MudTextField<string>>();
        return cut.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(text));
    }

    private static Task Choose(IRenderedComponent<FlowEditorPage> cut, string inputPath, string choice)
    {
        var field = InputComponent(cut, inputPath).FindComponent<MudAutocomplete<string>>();
        return cut.InvokeAsync(() => field.Instance.ValueChanged.InvokeAsync(choice));
    }

    private static void Select(IRenderedComponent<FlowEditorPage> cut, string stepId)
    {
        cut.WaitForAssertion(() => cut.Find($"[data-step-id={stepId}] .ih-node-card").Click());
        cut.WaitForElement($"[data-call-step={stepId}] [data-field=connection]");
    }

    private IRenderedComponent<FlowEditorPage> OpenStep(string stepId)
    {
        var cut = Render<FlowEditorPage>(p => p.Add(x => x.FlowId, "orders").AddCascadingValue(Session("analyst")));
        cut.WaitForElement($"[data-step-id={stepId}]");
        Select(cut, stepId);
        return cut;
    }
}
