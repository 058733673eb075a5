using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Events;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Partners;
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

    private static X12InboundProcessor CreateSut() => new(new X12InterchangeGenerator(new InMemoryControlNumberStore(), TimeProvider.System));

    private static async Task<(X12InboundResult Result, List<X12TransactionSetEvent> Events)> ProcessAsync(X12InboundProcessor sut, Stream input, X12PartnerProfile? partner = null)
    {
        var events = new List<X12TransactionSetEvent>();
        var result = await sut.ProcessAsync(input, _ => partner, (e, _) =>
        {
            events.Add(e);
            return ValueTask.CompletedTask;
        });
        return (result, events);
    }

    private static readonly X12PartnerProfile Retailer = new()
    {
        Id = "retailer",
        InterchangeQualifier = "12",
        InterchangeId = "4405197800",
        LocalInterchangeQualifier = "01",
        LocalInterchangeId = "999999999",
        Version = "004010",
    };

    [Fact]
    public async Task ProcessAsync_InterchangeEnvelopeError_RejectsWholeInterchangeWithTa1AndNo997()
    {
        await using var stream = File.OpenRead(Samples.Invalid("940-ediengine-ControlNumbersMismatch.edi"));

        var (result, events) = await ProcessAsync(CreateSut(), stream);

        Assert.Empty(events);
        Assert.Empty(result.Acknowledgments);
        var outcome = Assert.Single(result.Outcomes);
        Assert.True(outcome.IsRejected);
        Assert.True(outcome.AcknowledgmentSent);
        Assert.Equal(1, outcome.RejectedSets);
        var ta1 = Assert.Single(result.Outbound);
        Assert.Equal(("TA1", "000003438"), (ta1.Type, ta1.AcknowledgedControlNumber));
        var read = Assert.Single(X12InterchangeAcknowledgment.FromInterchange(X12Parser.Parse(Assert.Single(result.InterchangeAcknowledgments))[0]));
        Assert.Equal((X12InterchangeAcknowledgmentStatus.Rejected, "001"), (read.Status, read.NoteCode));
    }

    [Fact]
    public async Task ProcessAsync_SenderNotThePartner_RejectsWithTa1006AddressedToThePartner()
    {
        await using var stream = File.OpenRead(Samples.Valid("850-nodex12-850.edi"));

        var (result, events) = await ProcessAsync(CreateSut(), stream, Retailer with { InterchangeId = "EXPECTED" });

        Assert.Empty(events);
        Assert.Empty(result.Acknowledgments);
        var ta1 = X12Parser.Parse(Assert.Single(result.InterchangeAcknowledgments))[0];
        Assert.Equal("EXPECTED", ta1.ReceiverId);
        Assert.Equal("006", X12InterchangeAcknowledgment.FromInterchange(ta1)[0].NoteCode);
    }

    [Fact]
    public async Task ProcessAsync_MatchingPartner_EmitsEventsSends997AndNoTa1()
    {
        await using var stream = File.OpenRead(Samples.Valid("850-nodex12-850.edi"));

        var (result, events) = await ProcessAsync(CreateSut(), stream, Retailer);

        Assert.Equal("edi.850", Assert.Single(events).Type);
        Assert.Empty(result.InterchangeAcknowledgments);
        var ack = Assert.Single(result.Outbound);
        Assert.Equal("997", ack.Type);
        Assert.Equal("4405197800", ack.Interchange.ReceiverId);
    }

    [Fact]
    public async Task ProcessAsync_Ta1Requested_SendsTa1AcceptedBesidesThe997()
    {
        await using var stream = File.OpenRead(Samples.Valid("856-bots-856_1.edi"));

        var (result, events) = await ProcessAsync(CreateSut(), stream);

        Assert.NotEmpty(events);
        Assert.Equal(["TA1", "997"], result.Outbound.Select(o => o.Type));
        var ta1 = X12InterchangeAcknowledgment.FromInterchange(result.Outbound[0].Interchange)[0];
        Assert.Equal((X12InterchangeAcknowledgmentStatus.Accepted, "000"), (ta1.Status, ta1.NoteCode));
    }

    [Fact]
    public async Task ProcessAsync_ReceivedTa1s_BecomeEventsKeyedByTheAcknowledgedInterchange()
    {
        await using var stream = File.OpenRead(Samples.Valid("TA1-oopfactory-TechnicalAcknowledgment_Sample1.edi"));

        var (result, events) = await ProcessAsync(CreateSut(), stream);

        Assert.Equal(["edi.ta1", "edi.ta1"], events.Select(e => e.Type));
        Assert.Equal(["0659", "0660"], events.Select(e => e.CorrelationKey));
        Assert.Equal("x12/SenderID/000000001/TA1/2", events[1].EventId);
        Assert.Equal("A", events[0].Payload["TA1"]!["TA104"]!.GetValue<string>());
        Assert.Equal("SenderID", events[0].Payload["envelope"]!["ISA"]!["ISA06"]!.GetValue<string>());
        Assert.Empty(result.Outbound);
    }

    [Fact]
    public async Task ProcessAsync_GroupEnvelopeError_GivesNoEventForItsSetsAndRejectsTheGroup()
    {
        const string text = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *200101*1200*U*00401*000000001*0*P*>~"
            + "GS*PO*A*B*20200101*1200*7*X*004010~ST*850*0001~BEG*00*SA*PO-1**20200101~PO1*1*2*EA*3~SE*4*0001~GE*1*8~"
            + "GS*PO*A*B*20200101*1200*9*X*004010~ST*850*0001~BEG*00*SA*PO-2**20200101~PO1*1*2*EA*3~SE*4*0001~GE*1*9~IEA*2*000000001~";

        var (result, events) = await ProcessAsync(CreateSut(), new MemoryStream(System.Text.Encoding.ASCII.GetBytes(text)));

        Assert.Equal(["PO-2"], events.Select(e => e.CorrelationKey));
        Assert.Equal(1, result.RejectedSets);
        var ack = X12Parser.Parse(Assert.Single(result.Acknowledgments))[0].Groups[0].TransactionSets;
        Assert.Equal(["AK9*R*1*1*0*4", "AK9*A*1*1*1"], ack.Select(s => s.Body.SegmentsOf("AK9").Single().ToString()));
    }

    [Fact]
    public async Task ProcessAsync_PartnerSendsNoAcknowledgment_BuildsNone()
    {
        await using var stream = File.OpenRead(Samples.Valid("850-nodex12-850.edi"));

        var (result, events) = await ProcessAsync(CreateSut(), stream, Retailer with { AcknowledgmentToSend = X12AcknowledgmentType.None });

        Assert.Single(events);
        Assert.Empty(result.Outbound);
    }
}
