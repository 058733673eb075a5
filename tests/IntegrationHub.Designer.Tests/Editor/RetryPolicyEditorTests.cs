using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Editor;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Editor;

public sealed class RetryPolicyEditorTests : DesignerTestContext
{
    public RetryPolicyEditorTests()
    {
        // What the hub answers: exponential doubling from the first delay, no cap reached.
        Authoring.Schedule = policy =>
        {
            var first = System.Xml.XmlConvert.ToTimeSpan(policy.InitialDelay ?? "PT1S");
            var delays = new List<RetryDelay>();
            var elapsed = TimeSpan.Zero;
            for (var attempt = 2; attempt <= policy.MaxAttempts; attempt++)
            {
                var nominal = policy.Backoff == "fixed" ? first : first * Math.Pow(policy.Multiplier ?? 2, attempt - 2);
                elapsed += nominal;
                delays.Add(new RetryDelay(attempt, nominal, nominal * 0.8, nominal * 1.2, elapsed));
            }

            return new RetrySchedule(delays, new Dictionary<string, string>());
        };
    }

    [Fact]
    public void Render_ExponentialPolicy_ShowsEachRetryWithItsDelayAndElapsedTime()
    {
        var policy = JsonNode.Parse("""{ "maxAttempts": 4, "backoff": "exponential", "initialDelay": "PT2S", "jitter": false, "retryOn": ["transient", "partner"] }""")!.AsObject();

        var cut = Render<RetryPolicyEditor>(p => p.Add(x => x.Policy, policy).Add(x => x.Name, "erp"));

        var request = Assert.Single(Authoring.Requests);
        var expected = new RetryPolicyDraft(4, "exponential", "PT2S", null, null, false, null, []);
        Assert.Equal(expected, request with { RetryOn = expected.RetryOn });
        Assert.Equal(["transient", "partner"], request.RetryOn);
        var rows = cut.FindAll("tr[data-attempt]");
        Assert.Equal(["2", "3", "4"], rows.Select(r => r.GetAttribute("data-attempt")));
        Assert.Equal(["2 s", "4 s", "8 s"], rows.Select(r => r.Children[1].TextContent));
        Assert.Equal(["off", "off", "off"], rows.Select(r => r.Children[2].TextContent));
        Assert.Equal(["2 s", "6 s", "14 s"], rows.Select(r => r.Children[3].TextContent));
        Assert.Contains("4 attempts; the last one starts 14 s after the first failure.", cut.Find(".ih-retry-summary").TextContent);
    }

    [Fact]
    public async Task ChangeAttemptsAndBackoff_RecomputesTheScheduleAndWritesThePolicy()
    {
        var policy = JsonNode.Parse("""{ "maxAttempts": 3, "initialDelay": "PT30S" }""")!.AsObject();
        var changes = 0;
        var cut = Render<RetryPolicyEditor>(p => p.Add(x => x.Policy, policy).Add(x => x.Name, "partner").Add(x => x.OnChanged, () => changes++));
        Assert.Equal(2, cut.FindAll("tr[data-attempt]").Count);

        var attempts = cut.FindComponent<MudNumericField<int>>();
        await cut.InvokeAsync(() => attempts.Instance.ValueChanged.InvokeAsync(5));
        var backoff = cut.FindComponent<MudSelect<string>>();
        await cut.InvokeAsync(() => backoff.Instance.ValueChanged.InvokeAsync("fixed"));

        Assert.Equal(5, (int)policy["maxAttempts"]!);
        Assert.Equal("fixed", (string)policy["backoff"]!);
        Assert.Equal(2, changes);
        var last = Authoring.Requests[^1];
        Assert.Equal(5, last.MaxAttempts);
        Assert.Equal("fixed", last.Backoff);

        // Jitter is on by default: each row shows the range the runtime may pick from.
        var rows = cut.FindAll("tr[data-attempt]");
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("30 s", r.Children[1].TextContent));
        Assert.All(rows, r => Assert.Equal("24 s – 36 s", r.Children[2].TextContent));
        Assert.Equal("2 min", rows[^1].Children[3].TextContent);
    }

    [Fact]
    public void Render_PolicyTheHubRejects_ShowsTheProblemAtItsFieldAndNoSchedule()
    {
        Authoring.Schedule = _ => new RetrySchedule([], new Dictionary<string, string> { ["initialDelay"] = "'2 seconds' is not an ISO 8601 duration such as PT30S" });
        var policy = JsonNode.Parse("""{ "maxAttempts": 3, "initialDelay": "2 seconds" }""")!.AsObject();

        var cut = Render<RetryPolicyEditor>(p => p.Add(x => x.Policy, policy).Add(x => x.Name, "erp"));

        var field = cut.Find("[data-field=initialDelay]");
        Assert.Contains("is not an ISO 8601 duration", cut.Markup);
        Assert.Contains("mud-input-error", cut.FindComponents<MudTextField<string>>()[0].Markup);
        Assert.NotNull(field);
        Assert.Empty(cut.FindAll("tr[data-attempt]"));
        Assert.Contains("Fix the fields marked above", cut.Markup);
    }
}
