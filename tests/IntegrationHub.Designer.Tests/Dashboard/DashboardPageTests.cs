using Bunit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Dashboard;

public sealed class DashboardPageTests : DesignerTestContext
{
    [Fact]
    public void Render_Snapshot_ShowsTheKeyFiguresChartsAndPerFlowTable()
    {
        Dashboard.Snapshot = r => new DashboardSnapshot(
            r.From,
            r.To,
            [.. Enumerable.Range(0, r.Buckets).Select(i => r.From.AddHours(i))],
            [
                new RunVolumeSeries("order-intake", "succeeded", [.. Enumerable.Range(0, r.Buckets).Select(i => i % 2 == 0 ? 5 : 0)]),
                new RunVolumeSeries("order-intake", "failed", [.. Enumerable.Range(0, r.Buckets).Select(i => i == 3 ? 2 : 0)]),
                new RunVolumeSeries("po-sync", "waiting", [.. Enumerable.Range(0, r.Buckets).Select(i => i == 1 ? 4 : 0)]),
            ],
            [new FlowHealth("order-intake", 62, 60, 2, 0, 0), new FlowHealth("po-sync", 4, 0, 0, 0, 4)],
            [new StepLatency("order-intake", "create-order", "call", 62, 120, 840, 1900), new StepLatency("order-intake", "credit", "call", 62, 40, 95, 300)],
            7,
            new Dictionary<string, int> { ["partner"] = 5, ["dataQuality"] = 2 },
            4,
            1,
            r.To);

        var cut = RenderDashboard();

        var request = Assert.Single(Dashboard.Requests);
        Assert.Equal(DesignerTestContext.Now, request.To);
        Assert.Equal(TimeSpan.FromHours(24), request.To - request.From);
        Assert.Equal(24, request.Buckets);

        Assert.Equal("66", Kpi(cut, "Runs started"));
        Assert.Equal("3.2 %", Kpi(cut, "Failure rate"));
        Assert.Equal("7", Kpi(cut, "Dead letters"));
        Assert.Equal("4", Kpi(cut, "Pending waits"));
        Assert.Contains("1 past their deadline", cut.Find("[aria-label='Pending waits']").TextContent);
        Assert.Contains("status=failed", cut.Find("[data-kpi='Dead letters']").GetAttribute("href"));

        foreach (var chart in new[] { "volume", "dead-letters", "failure-rate", "latency" })
        {
            Assert.NotNull(cut.Find($"[data-chart={chart}] svg"));
        }

        Assert.Contains("Succeeded", cut.Find("[data-chart=volume]").TextContent);
        Assert.Contains("Not finished", cut.Find("[data-chart=volume]").TextContent);

        var rows = cut.FindAll("[aria-label='Runs per flow and status'] tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("order-intake", rows[0].TextContent);
        Assert.Contains("3.2 %", rows[0].TextContent);
        Assert.Contains("flow=order-intake", rows[0].QuerySelector("a[href*='status=failed']")!.GetAttribute("href"));
        Assert.Contains("840 ms", cut.Find("[aria-label='Slowest steps'] tbody tr").TextContent);
        Assert.Contains("Rejected by the partner or target system", cut.Markup);
    }

    [Fact]
    public void Render_QuietWindow_SaysThereIsNothingInsteadOfEmptyCharts()
    {
        var cut = RenderDashboard();

        Assert.Equal("0", Kpi(cut, "Runs started"));
        Assert.Equal("—", Kpi(cut, "Failure rate"));
        Assert.Contains("No run started in this window.", cut.Markup);
        Assert.Contains("No dead letters. Nothing waits for an operator.", cut.Markup);
        Assert.Empty(cut.FindAll("[data-chart]"));
    }

    [Fact]
    public void ChangeWindow_AsksTheHubForThatWindow()
    {
        var cut = RenderDashboard();

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Last 7 days").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, Dashboard.Requests.Count));
        Assert.Equal(TimeSpan.FromDays(7), Dashboard.Requests[1].To - Dashboard.Requests[1].From);
        Assert.Equal(28, Dashboard.Requests[1].Buckets);
        Assert.EndsWith("?window=7d", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    private static string Kpi(IRenderedComponent<DashboardPage> cut, string title) => cut.Find($"[data-kpi='{title}']").TextContent.Trim();

    private IRenderedComponent<DashboardPage> RenderDashboard()
    {
        Render<MudPopoverProvider>();
        var cut = Render<DashboardPage>(p => p.AddCascadingValue(Session("viewer")));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-kpi]")));
        return cut;
    }
}
