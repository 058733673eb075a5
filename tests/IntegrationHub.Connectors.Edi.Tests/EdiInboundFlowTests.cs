using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Validation;

namespace IntegrationHub.Connectors.Edi.Tests;

/// <summary>The shipped flows/edi-inbound.flow.json (linked, never copied) is valid and wired to this connector's real operation and output.</summary>
public sealed class EdiInboundFlowTests : IDisposable
{
    private static readonly string FlowFile = Path.Combine(AppContext.BaseDirectory, "flows", "edi-inbound.flow.json");
    private readonly Sdk.Testing.ConnectorTestHarness _harness = new(new EdiConnector());

    public void Dispose() => _harness.Dispose();

    private static FlowDefinition Flow()
    {
        var result = FlowValidator.Validate(File.ReadAllText(FlowFile), new FlowValidationContext { File = "edi-inbound.flow.json" });
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Definition!;
    }

    [Fact]
    public void Flow_IsValid_AndPollsOnASchedule()
    {
        var flow = Flow();

        Assert.Equal("edi-inbound", flow.Id);
        var trigger = Assert.IsType<ScheduleTrigger>(Assert.Single(flow.Triggers));
        Assert.Equal("*/5 * * * *", trigger.Cron);
    }

    [Fact]
    public void Flow_CallsReceiveInterchangesOfTheEdiConnectorAndIteratesItsItems()
    {
        var flow = Flow();
        var call = Assert.IsType<CallStep>(flow.Steps[0]);
        var each = Assert.IsType<ForeachStep>(flow.Steps[1]);

        Assert.Equal(new ConnectionBinding("edi", "edi-partner"), flow.Connections[call.Connection]);
        Assert.Equal(_harness.Definition.Descriptor.Name, flow.Connections[call.Connection].Connector);
        var operation = _harness.Definition.Descriptor.Operations.Single(o => o.Name == call.Operation);
        Assert.Equal($"=steps.{call.Id}.output.items", each.Items);
        var itemProperties = operation.OutputSchema["properties"]!["items"]!["items"]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        Assert.Superset(new HashSet<string> { "type", "correlationKey", "payload", "eventId" }, itemProperties);
        Assert.Equal(["transient"], flow.RetryPolicyFor(call).RetryOn.Select(c => c.ToString().ToLowerInvariant()));
    }

    [Theory]
    [InlineData("edi.850")]
    [InlineData("edi.855")]
    [InlineData("edi.856")]
    [InlineData("edi.810")]
    [InlineData("edi.997")]
    [InlineData("edi.999")]
    [InlineData("edi.ta1")]
    public void Flow_PublishesEachSetTypeAsItsOwnEventWithTheCorrelationKeyAndJsonForm(string type)
    {
        var each = Assert.IsType<ForeachStep>(Flow().Steps[1]);
        var route = Assert.IsType<SwitchStep>(Assert.Single(each.Steps));

        var match = Assert.Single(route.Cases, c => c.When == $"={each.As}.type === '{type}'");
        var publish = Assert.IsType<PublishStep>(Assert.Single(match.Steps));
        Assert.Equal(type, publish.Event);
        Assert.Equal($"={each.As}.correlationKey", publish.CorrelationKey);
        Assert.Equal($"={each.As}.payload", publish.Payload!.GetValue<string>());
    }

    [Fact]
    public void Flow_PublishesAnyOtherSetWholeSoNothingIsLost()
    {
        var each = Assert.IsType<ForeachStep>(Flow().Steps[1]);
        var route = Assert.IsType<SwitchStep>(Assert.Single(each.Steps));

        var other = Assert.IsType<PublishStep>(Assert.Single(route.Default));
        Assert.Equal("edi.other", other.Event);
        Assert.Equal($"={each.As}", other.Payload!.GetValue<string>());
        Assert.Equal(7, route.Cases.Count);
    }
}
