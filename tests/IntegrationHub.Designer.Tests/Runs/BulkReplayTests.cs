using Bunit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Designer.Pages;
using IntegrationHub.Designer.Runs;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Runs;

public sealed class BulkReplayTests : DesignerTestContext
{
    private static readonly Guid OperationId = Guid.NewGuid();

    [Fact]
    public void Start_PollsTheOperation_AndTheProgressBarFollowsItToTheEnd()
    {
        Runs.MatchCount = 3;
        Runs.BulkProgress.Enqueue(Progress("running", 0, 0));
        Runs.BulkProgress.Enqueue(Progress("running", 1, 0));
        Runs.BulkProgress.Enqueue(Progress("running", 2, 0));
        Runs.BulkProgress.Enqueue(Progress("completed", 2, 1, "run 42: run is succeeded; it can be retried only when failed"));
        BulkOperationDto? completed = null;
        var search = new RunSearch { FlowId = "availability-check", ErrorCategory = "transient" };

        var cut = Render<BulkReplayPanel>(p => p
            .Add(x => x.Search, search)
            .Add(x => x.PollInterval, TimeSpan.FromMilliseconds(20))
            .Add(x => x.OnCompleted, (BulkOperationDto o) => completed = o));
        cut.WaitForAssertion(() => Assert.Contains("3 runs match this filter.", cut.Markup));
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Replay 3 runs").Click();

        // Every poll moves the bar; the states in between are seen, not only the end.
        var seen = new HashSet<string>();
        cut.WaitForAssertion(
            () =>
            {
                seen.Add(cut.Find(".ih-bulk-progress").GetAttribute("data-done")!);
                Assert.Equal("completed", cut.Find(".ih-bulk-progress").GetAttribute("data-status"));
            },
            TimeSpan.FromSeconds(5));
        Assert.Contains("2", seen);
        Assert.Equal("3", cut.Find(".ih-bulk-progress").GetAttribute("data-total"));
        Assert.Equal("3", cut.Find(".ih-bulk-progress").GetAttribute("data-done"));
        Assert.Contains("3 of 3 processed: 2 replayed, 1 could not be replayed.", cut.Find(".ih-bulk-progress [role=status]").TextContent);
        Assert.Contains("Bulk replay finished: 2 runs replayed, 1 could not be", cut.Markup);
        Assert.Contains("run 42: run is succeeded", cut.Markup);
        cut.WaitForAssertion(() => Assert.Equal("completed", completed?.Status));

        // With no status chosen the replay takes the failed runs of the filter; the rest of the filter is kept.
        var (action, started) = Assert.Single(Runs.BulkStarts);
        Assert.Equal(BulkReplayActions.Retry, action);
        Assert.Equal(["failed"], started.Statuses);
        Assert.Equal("availability-check", started.FlowId);
        Assert.Equal("transient", started.ErrorCategory);
    }

    [Fact]
    public void Render_NoMatchingRuns_CannotStart()
    {
        Runs.MatchCount = 0;

        var cut = Render<BulkReplayPanel>(p => p.Add(x => x.Search, new RunSearch()));

        cut.WaitForAssertion(() => Assert.Contains("No run matches this filter", cut.Markup));
        Assert.True(cut.FindAll("button").Single(b => b.TextContent.Trim() == "Replay").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("viewer", false)]
    [InlineData("publisher", false)]
    [InlineData("operator", true)]
    [InlineData("admin", true)]
    public void RunsPage_OffersBulkReplayOnlyToOperators(string role, bool canOperate)
    {
        Render<MudPopoverProvider>();
        var run = RunSamples.FailedAvailabilityCheck();
        Runs.Runs[run.Summary.Id] = run;

        var cut = Render<RunsPage>(p => p.AddCascadingValue(Session(role)));

        cut.WaitForAssertion(() => Assert.Contains("availability-check", cut.Find("table").TextContent));
        Assert.Equal(canOperate, cut.FindAll("button").Any(b => b.TextContent.Trim() == "Bulk replay…"));
    }

    private static BulkOperationDto Progress(string status, int succeeded, int failed, string? lastError = null) =>
        new(OperationId, "retry", status, 3, succeeded, failed, lastError, "olivia", RunSamples.Started, status == "completed" ? RunSamples.Started.AddSeconds(3) : null);
}
