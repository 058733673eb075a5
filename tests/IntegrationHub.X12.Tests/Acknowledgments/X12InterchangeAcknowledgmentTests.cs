using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.ControlNumbers;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Partners;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.X12.Tests.Acknowledgments;

public sealed class X12InterchangeAcknowledgmentTests
{
    private static readonly X12ReaderOptions Lenient = new() { ThrowOnEnvelopeErrors = false };

    private static readonly X12PartnerProfile Retailer = new()
    {
        Id = "retailer",
        InterchangeQualifier = "12",
        InterchangeId = "4405197800",
        LocalInterchangeQualifier = "01",
        LocalInterchangeId = "999999999",
        Version = "004010",
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static X12Interchange Read(string kind, string file) => X12Parser.Parse(File.ReadAllBytes(kind == "valid" ? Samples.Valid(file) : Samples.Invalid(file)), Lenient)[0];

    [Fact]
    public void FromSegment_StandardTa1_ReadsEveryFieldWithoutWarnings()
    {
        var ta1 = Read("valid", "TA1-bots-testx120029.edi").ServiceSegments[0];

        var sut = X12InterchangeAcknowledgment.FromSegment(ta1);

        Assert.Equal(("000484889", "040709", "1339"), (sut.ControlNumber, sut.Date, sut.Time));
        Assert.Equal(X12InterchangeAcknowledgmentStatus.Rejected, sut.Status);
        Assert.Equal("015", sut.NoteCode);
        Assert.Equal("Invalid interchange time value", sut.NoteDescription);
        Assert.Empty(sut.Warnings);
    }

    [Fact]
    public void FromInterchange_NonStandardTa1s_AreReadLenientlyWithWarnings()
    {
        var sut = X12InterchangeAcknowledgment.FromInterchange(Read("valid", "TA1-oopfactory-TechnicalAcknowledgment_Sample1.edi"));

        Assert.Equal(2, sut.Count);
        Assert.Equal(["0659", "0660"], sut.Select(a => a.ControlNumber));
        Assert.All(sut, a => Assert.Equal(X12InterchangeAcknowledgmentStatus.Accepted, a.Status));
        Assert.Contains("TA101 (interchange control number) '0659' is not 9 digits", sut[0].Warnings);
        Assert.Contains("TA102 (interchange date, YYMMDD) '20110922' is not 6 digits", sut[0].Warnings);
        Assert.Contains("TA105 (note code) is missing", sut[0].Warnings);
    }

    [Fact]
    public void FromSegment_UnknownAcknowledgmentCode_IsReadAsRejected()
    {
        var sut = X12InterchangeAcknowledgment.FromSegment(new X12Segment("TA1", "000000007", "260101", "1200", "X", "000"));

        Assert.Equal(X12InterchangeAcknowledgmentStatus.Rejected, sut.Status);
        Assert.Equal("TA104 'X' is not A, E or R; read as rejected", Assert.Single(sut.Warnings));
    }

    [Fact]
    public void FromSegment_NotTa1_Throws()
    {
        Assert.Throws<ArgumentException>(() => X12InterchangeAcknowledgment.FromSegment(new X12Segment("ISB", "1")));
    }

    [Theory]
    [InlineData("940-ediengine-ControlNumbersMismatch.edi", "000003438", "101127", "1719", "001")]
    [InlineData("271-nodex12-271.edi", "000031033", null, null, "023")]
    [InlineData("TA1-staedi-x12_interchange_ack.edi", "000000001", "200301", "1430", "021")]
    public void Build_InterchangeEnvelopeError_RejectsWithItsNoteCode(string file, string control, string? date, string? time, string note)
    {
        var received = Read("invalid", file);

        var sut = X12InterchangeAcknowledgmentBuilder.Build(received);

        Assert.Equal(X12InterchangeAcknowledgmentStatus.Rejected, sut.Status);
        Assert.Equal(control, sut.ControlNumber);
        if (date is not null)
        {
            Assert.Equal((date, time), (sut.Date, sut.Time));
        }

        Assert.Equal(note, sut.NoteCode);
        Assert.Equal($"TA1*{sut.ControlNumber}*{sut.Date}*{sut.Time}*R*{note}", sut.ToSegment().ToString());
        Assert.True(X12InterchangeAcknowledgmentBuilder.ShouldSend(received, sut));
    }

    [Fact]
    public void Build_CleanInterchange_AcceptsAndSendsOnlyWhenRequested()
    {
        var plain = Read("valid", "850-nodex12-850.edi");
        var requested = Read("valid", "856-bots-856_1.edi");

        var a = X12InterchangeAcknowledgmentBuilder.Build(plain);
        var b = X12InterchangeAcknowledgmentBuilder.Build(requested);

        Assert.Equal((X12InterchangeAcknowledgmentStatus.Accepted, "000"), (a.Status, a.NoteCode));
        Assert.False(X12InterchangeAcknowledgmentBuilder.ShouldSend(plain, a));
        Assert.Equal((X12InterchangeAcknowledgmentStatus.Accepted, "000"), (b.Status, b.NoteCode));
        Assert.True(X12InterchangeAcknowledgmentBuilder.ShouldSend(requested, b));
    }

    [Fact]
    public void CheckInbound_MatchingPartner_HasNoIssues()
    {
        Assert.Empty(Retailer.CheckInbound(Read("valid", "850-nodex12-850.edi")));
    }

    [Fact]
    public void CheckInbound_WrongSenderReceiverAndTestIndicator_ReportsTa1NoteCodes()
    {
        var profile = Retailer with { InterchangeId = "OTHER", LocalInterchangeQualifier = "ZZ", Usage = X12UsageIndicator.Test };

        var issues = profile.CheckInbound(Read("valid", "850-nodex12-850.edi"));
        var ta1 = X12InterchangeAcknowledgmentBuilder.Build(Read("valid", "850-nodex12-850.edi"), issues);

        Assert.Equal(["006", "007", "020"], issues.Select(i => i.Code));
        Assert.All(issues, i => Assert.Equal(X12IssueLevel.Interchange, i.Level));
        Assert.Equal("ISA06 (sender id) '4405197800' is not the 'OTHER' of partner profile 'retailer'", issues[0].Message);
        Assert.Equal((X12InterchangeAcknowledgmentStatus.Rejected, "006"), (ta1.Status, ta1.NoteCode));
    }

    [Fact]
    public async Task CreateInterchangeAcknowledgmentAsync_WritesTa1OnlyInterchangeThatReadsBack()
    {
        var generator = new X12InterchangeGenerator(new InMemoryControlNumberStore(), new FixedTime(new DateTimeOffset(2026, 5, 6, 7, 8, 0, TimeSpan.Zero)));
        var verdict = X12InterchangeAcknowledgmentBuilder.Build(Read("invalid", "940-ediengine-ControlNumbersMismatch.edi"));

        var interchange = await generator.CreateInterchangeAcknowledgmentAsync(Retailer, [verdict]);
        var text = X12Writer.Format([interchange]);
        var back = X12Parser.Parse(text)[0];
        var read = Assert.Single(X12InterchangeAcknowledgment.FromInterchange(back));

        Assert.Equal("ISA*00*          *00*          *01*999999999      *12*4405197800     *260506*0708*U*00401*000000001*0*P*:~\nTA1*000003438*101127*1719*R*001~\nIEA*0*000000001~\n", text);
        Assert.Empty(back.Issues);
        Assert.Empty(back.Groups);
        Assert.Equal((verdict.ControlNumber, verdict.Status, verdict.NoteCode), (read.ControlNumber, read.Status, read.NoteCode));
        Assert.Empty(read.Warnings);
    }

    [Fact]
    public async Task CreateInterchangeAcknowledgmentAsync_NoAcknowledgment_Throws()
    {
        var generator = new X12InterchangeGenerator(new InMemoryControlNumberStore(), TimeProvider.System);

        await Assert.ThrowsAsync<ArgumentException>(() => generator.CreateInterchangeAcknowledgmentAsync(Retailer, []));
    }
}
