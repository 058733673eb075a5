using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Pages;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Runs;

public sealed class RunActionsTests : DesignerTestContext
{
    private static readonly string[] FailedRunActions = ["Retry from the failed step", "Skip the failed step", "Restart from the beginning", "Cancel the run"];

    [Theory]
    [InlineData("viewer", false)]
    [InlineData("analyst", false)]
    [InlineData("publisher", false)]
    [InlineData("operator", true)]
    [InlineData("admin", true)]
    public void RunPage_FailedRun_OffersTheActionsOnlyToOperators(string role, bool canOperate)
    {
        var run = RunSamples.FailedAvailabilityCheck();
        Runs.Runs[run.Summary.Id] = run;

        var cut = RenderRun(run.Summary.Id, role);

        var buttons = cut.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        foreach (var action in FailedRunActions)
        {
            Assert.Equal(canOperate, buttons.Contains(action));
        }

        Assert.Equal(!canOperate, cut.Markup.Contains("is for operators", StringComparison.Ordinal));
        Assert.Equal(canOperate, cut.FindAll("[role=toolbar][aria-label='Run actions']").Count == 1);
    }

    [Fact]
    public void RunPage_DeadLetter_ExplainsTheFailureAndShowsTheFailedAttemptsInputWithoutAClick()
    {
        var run = RunSamples.FailedAvailabilityCheck();
        Runs.Runs[run.Summary.Id] = run;

        var cut = RenderRun(run.Summary.Id, "viewer");

        Assert.Contains("Data problem at step atp", cut.Find("[role=status]").TextContent);
        Assert.Contains("Correct the step's input and retry", cut.Markup);
        Assert.Contains("NOPE-1", cut.Find(".ih-step[data-attempt='2'] .ih-step-data-open pre[aria-label='Input of atp, attempt 2']").TextContent);
    }

    [Fact]
    public void RunPage_SucceededRun_OffersNothingToDo()
    {
        var run = RunSamples.Succeeded();
        Runs.Runs[run.Summary.Id] = run;

        var cut = RenderRun(run.Summary.Id, "operator");

        var buttons = cut.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.DoesNotContain(buttons, b => FailedRunActions.Contains(b));
        Assert.Contains("Nothing to do: the run succeeded.", cut.Markup);
    }

    [Fact]
    public void RetryWithEditedInput_SendsTheCorrectedInputOfTheFailedStep()
    {
        var run = RunSamples.FailedAvailabilityCheck();
        Runs.Runs[run.Summary.Id] = run;
        var cut = RenderRun(run.Summary.Id, "operator");

        Click(cut, "Retry from the failed step");
        var editor = cut.Find("[aria-label='Retry from step atp'] textarea");
        Assert.Equal(["NOPE-1"], JsonNode.Parse(editor.GetAttribute("value") ?? editor.TextContent)!["skus"]!.AsArray().Select(s => (string)s!));
        editor.Input("""{ "skus": ["WID-100"], "warehouses": null }""");
        Click(cut, "Retry with this input");

        cut.WaitForAssertion(() => Assert.Single(Runs.Actions));
        var (action, runId, payload) = Runs.Actions[0];
        Assert.Equal("retry", action);
        Assert.Equal(run.Summary.Id, runId);
        Assert.Equal("WID-100", (string)payload!["skus"]![0]!);
        cut.WaitForAssertion(() => Assert.Contains("data-status=\"pending\"", cut.Markup));
    }

    [Fact]
    public void RetryWithEditedInput_InvalidJson_IsShownAndNothingIsSent()
    {
        var run = RunSamples.FailedAvailabilityCheck();
        Runs.Runs[run.Summary.Id] = run;
        var cut = RenderRun(run.Summary.Id, "operator");

        Click(cut, "Retry from the failed step");
        Field(cut, "[aria-label='Retry from step atp'] textarea").Input("""{ "skus": [ "WID-100" """);
        Click(cut, "Retry with this input");

        cut.WaitForAssertion(() => Assert.Contains("This is not valid JSON", cut.Markup));
        Assert.Empty(Runs.Actions);
    }

    [Fact]
    public void SkipWithOutput_SendsTheSuppliedOutput()
    {
        var run = RunSamples.FailedAvailabilityCheck();
        Runs.Runs[run.Summary.Id] = run;
        var cut = RenderRun(run.Summary.Id, "admin");

        Click(cut, "Skip the failed step");
        Field(cut, "[aria-label='Skip step atp'] textarea").Input("""{ "items": [] }""");
        Click(cut, "Skip with this output");

        cut.WaitForAssertion(() => Assert.Equal("skip", Assert.Single(Runs.Actions).Action));
        Assert.Equal("""{"items":[]}""", Runs.Actions[0].Payload!.ToJsonString());
    }

    [Fact]
    public void Retry_RefusedByTheHub_ShowsTheHubsReason()
    {
        var run = RunSamples.FailedAvailabilityCheck();
        Runs.Runs[run.Summary.Id] = run;
        Runs.Refusal = new DesignerAccessDeniedException("Your roles (viewer) do not allow this.");

        // The session says operator (a stale page, roles changed since): the hub still refuses.
        var cut = RenderRun(run.Summary.Id, "operator");
        Click(cut, "Retry from the failed step");
        Click(cut, "Retry as it is");

        cut.WaitForAssertion(() => Assert.Contains("Your roles (viewer) do not allow this.", cut.Find("[role=alert]").TextContent));
    }

    private IRenderedComponent<RunDetailPage> RenderRun(Guid id, string role)
    {
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        var cut = Render<RunDetailPage>(p => p.Add(x => x.RunId, id).AddCascadingValue(Session(role)));
        cut.WaitForAssertion(() => Assert.Contains("Run of", cut.Markup));
        return cut;
    }

    private static void Click(IRenderedComponent<RunDetailPage> cut, string text)
    {
        // The panels open asynchronously: wait for the button rather than racing the render.
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("button"), b => b.TextContent.Trim() == text));
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text).Click();
    }

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<RunDetailPage> cut, string selector)
    {
        cut.WaitForAssertion(() => cut.Find(selector));
        return cut.Find(selector);
    }
}
