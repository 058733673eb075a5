using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Designer.Runs;

namespace IntegrationHub.Designer.Tests.Runs;

public sealed class RunTimelineTests : DesignerTestContext
{
    [Fact]
    public void Render_DeadLetter_ShowsEachAttemptWithItsTimingCategoryAndMessageInWords()
    {
        var run = RunSamples.FailedAvailabilityCheck();

        var cut = Render<RunTimeline>(p => p.Add(x => x.Timeline, run.Timeline).Add(x => x.CurrentGeneration, 1).Add(x => x.FailedStep, "atp"));

        var steps = cut.FindAll(".ih-step");
        Assert.Equal(["1", "2"], steps.Select(s => s.GetAttribute("data-attempt")));
        Assert.All(steps, s => Assert.Equal("failed", s.GetAttribute("data-status")));
        Assert.Contains("attempt 1", steps[0].TextContent);
        Assert.Contains("Failed after 2 s: temporary problem.", steps[0].TextContent);
        Assert.Contains("took 2 s", steps[0].TextContent);
        Assert.Contains("Temporary problem", steps[0].QuerySelector(".ih-step-error")!.TextContent);
        Assert.Contains("The ERP did not answer within 2 s.", steps[0].TextContent);
        Assert.Contains("Failed after 120 ms: data problem.", steps[1].TextContent);
        Assert.Contains("Data problem", steps[1].QuerySelector(".ih-step-error")!.TextContent);
        Assert.Contains("getAvailability: item 'NOPE-1' does not exist.", steps[1].TextContent);
        Assert.Contains("Started 2026-11-23 10:00:02 UTC", steps[1].TextContent);
        Assert.Contains("Call a connector", steps[1].TextContent);
    }

    [Fact]
    public void Render_DeadLetter_OpensOnlyTheLastFailedAttemptWithItsInput()
    {
        var run = RunSamples.FailedAvailabilityCheck();

        var cut = Render<RunTimeline>(p => p.Add(x => x.Timeline, run.Timeline).Add(x => x.CurrentGeneration, 1).Add(x => x.FailedStep, "atp"));

        // Attempt 1 keeps its data behind its panel; the attempt to act on shows it without a click.
        Assert.Single(cut.FindAll(".ih-step[data-attempt='1'] .mud-expand-panel"));
        Assert.Empty(cut.FindAll(".ih-step[data-attempt='2'] .mud-expand-panel"));
        Assert.Single(cut.FindAll(".ih-step[data-attempt='2'] .ih-step-data-open"));
        var input = cut.Find("pre[aria-label='Input of atp, attempt 2']");
        Assert.Equal(["NOPE-1"], JsonNode.Parse(input.TextContent)!["skus"]!.AsArray().Select(s => (string)s!));
    }

    [Fact]
    public void Render_RestartedRun_ShowsTheCurrentGenerationFirstAndTheEarlierOneAsHistory()
    {
        var timeline = new[]
        {
            RunSamples.Step("atp", "call", 1, "failed", null, null, "platform", "connection 'sandbox-erp' does not exist", 0, 15, generation: 1),
            RunSamples.Step("atp", "call", 1, "succeeded", null, JsonNode.Parse("{}"), null, null, 5000, 80, generation: 2),
            RunSamples.Step("answer", "respond", 1, "succeeded", null, null, null, null, 5100, 2, generation: 2),
        };

        var cut = Render<RunTimeline>(p => p.Add(x => x.Timeline, timeline).Add(x => x.CurrentGeneration, 2));

        Assert.Equal(["2", "2", "1"], cut.FindAll(".ih-step").Select(s => s.GetAttribute("data-generation")));
        Assert.Contains("Current attempt (generation 2)", cut.Markup);
        Assert.Contains("Before the restart (generation 1): kept as history", cut.Markup);
        Assert.Contains("Hub configuration or defect", cut.Markup);
    }

    [Fact]
    public void Render_StepSkippedByAnOperator_SaysSo()
    {
        var timeline = new[] { RunSamples.Step("atp", "call", 3, "skipped", JsonNode.Parse("""{ "skippedByOperator": true }"""), JsonNode.Parse("""{ "items": [] }"""), null, null, 0, 0) };

        var cut = Render<RunTimeline>(p => p.Add(x => x.Timeline, timeline));

        Assert.Contains("Skipped by an operator, who supplied its output.", cut.Find(".ih-step").TextContent);
    }
}
