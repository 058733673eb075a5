using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Mappings;

public sealed class MappingDiffPageTests : DesignerTestContext
{
    [Fact]
    public void Diff_ShowsTheChangedLinesOfTwoVersionsSideBySide()
    {
        Mappings.Add("orders-in", 1, FlowVersionStatus.Published, JsonNode.Parse("""
            { "id": "orders-in", "name": "Orders in", "rules": [ { "target": "orderNumber", "source": "ref" }, { "target": "channel", "value": "portal" } ] }
            """)!.AsObject());
        Mappings.Add("orders-in", 0, FlowVersionStatus.Draft, JsonNode.Parse("""
            { "id": "orders-in", "name": "Orders in", "rules": [ { "target": "orderNumber", "source": "poRef" }, { "target": "channel", "value": "portal" }, { "target": "status", "value": "new" } ] }
            """)!.AsObject());
        Services.GetRequiredService<NavigationManager>().NavigateTo("/mappings/orders-in/diff?from=1&to=0");
        Render<MudPopoverProvider>();

        var cut = Render<MappingDiffPage>(p => p.Add(x => x.MappingId, "orders-in"));

        cut.WaitForElement(".ih-diff");
        var changed = cut.FindAll(".ih-diff-changed");
        Assert.Contains(changed, r => r.QuerySelector(".ih-diff-left")!.TextContent.Contains("\"source\": \"ref\"", StringComparison.Ordinal)
            && r.QuerySelector(".ih-diff-right")!.TextContent.Contains("\"source\": \"poRef\"", StringComparison.Ordinal));
        var added = string.Concat(cut.FindAll(".ih-diff-added .ih-diff-right").Select(c => c.TextContent));
        Assert.Contains("\"target\": \"status\"", added);
        Assert.All(cut.FindAll(".ih-diff-same"), r => Assert.Equal(r.QuerySelector(".ih-diff-left .ih-diff-text")!.TextContent, r.QuerySelector(".ih-diff-right .ih-diff-text")!.TextContent));
        Assert.Contains(cut.FindAll(".ih-diff-same"), r => r.TextContent.Contains("\"value\": \"portal\"", StringComparison.Ordinal));
        Assert.Equal(["v1", "Draft"], cut.FindAll("[role=columnheader]").Select(h => h.TextContent));
        Assert.DoesNotContain("same content", cut.Markup);
    }
}
