using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Events;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.X12.Tests.Events;

public sealed class X12InboundProcessorTests
{
    [Theory]
    [InlineData("850-nodex12-850.edi", "edi.850", "08292233294")]
    [InlineData("855-nodex12-855.edi", "edi.855", "POTEST1112")]
    [InlineData("856-bots-856_1.edi", "edi.856", "ordernumber")]
    [InlineData("856-nodex12-856.edi", "edi.856", "99999817")]
    [InlineData("810-staedi-simple810.edi", "edi.810", "A99999-01")]
    [InlineData("997-staedi-simple997.edi", "edi.997", "000001")]
    public async Task ProcessAsync_ValidSample_EmitsTypedEventsWithCorrelationKeyAndAcknowledges(string file, string type, string key)
    {
        var sut = new X12InboundProcessor(new X12InterchangeGenerator(new InMemoryControlNumberStore(), TimeProvider.System));
        var events = new List<X12TransactionSetEvent>();
        await using var stream = File.OpenRead(Samples.Valid(file));

        var result = await sut.ProcessAsync(stream, _ => null, (e, _) =>
        {
            events.Add(e);
            return ValueTask.CompletedTask;
        });

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(type, e.Type));
        Assert.Equal(key, events[0].CorrelationKey);
        Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
        var ack = X12Parser.Parse(Assert.Single(result.Acknowledgments))[0];
        var ackSet = ack.Groups[0].TransactionSets[0];
        Assert.Contains(ackSet.Id, new[] { "997", "999" });
        Assert.Equal("A", ackSet.Body.SegmentsOf("AK9").Single().GetValue(1));
        Assert.Equal(events[0].SenderId, ack.ReceiverId);
    }

    [Fact]
    public async Task ProcessAsync_RejectedSet_EmitsNoEventAndRejectsInAcknowledgment()
    {
        var sut = new X12InboundProcessor(new X12InterchangeGenerator(new InMemoryControlNumberStore(), TimeProvider.System));
        var count = 0;
        await using var stream = File.OpenRead(Samples.Invalid("999-staedi-invalid999.edi"));

        var result = await sut.ProcessAsync(stream, _ => null, (_, _) =>
        {
            count++;
            return ValueTask.CompletedTask;
        });

        Assert.Equal(0, count);
        Assert.Equal(1, result.RejectedSets);
        var ack = X12Parser.Parse(Assert.Single(result.Acknowledgments))[0].Groups[0].TransactionSets[0];
        Assert.Equal("999", ack.Id);
        Assert.Contains(ack.AllSegments(), s => s.ToString() == "IK5*R*4*5");
        Assert.Contains(ack.AllSegments(), s => s.ToString() == "IK4*1**5*HC   ");
    }

    [Fact]
    public void CorrelationKey_856WithoutPrf_FallsBackToBsn02()
    {
        const string text = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *200101*1200*U*00401*000000001*0*P*>~"
            + "GS*SH*A*B*20200101*1200*1*X*004010~ST*856*0001~BSN*00*SHIP-42*20200101*1200~HL*1**S~SE*4*0001~GE*1*1~IEA*1*000000001~";
        var set = X12Parser.Parse(text)[0].Groups[0].TransactionSets[0];

        Assert.Equal("SHIP-42", X12EventSplitter.CorrelationKey(set));
    }
}
