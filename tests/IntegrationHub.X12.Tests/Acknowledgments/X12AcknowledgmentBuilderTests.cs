using IntegrationHub.X12.Acknowledgments;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;

namespace IntegrationHub.X12.Tests.Acknowledgments;

public sealed class X12AcknowledgmentBuilderTests
{
    private const string Isa = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *200101*1200*U*00401*000000001*0*P*>~";

    private static X12FunctionalGroup Group(string body, string version = "004010", int sets = 1) =>
        X12Parser.Parse($"{Isa}GS*PO*A*B*20200101*1200*7*X*{version}~{body}GE*{sets}*7~IEA*1*000000001~", new X12ReaderOptions { ThrowOnEnvelopeErrors = false })[0].Groups[0];

    private static string Text(X12TransactionSet set) => string.Join("~", set.AllSegments().Select(s => s.ToString())) + "~";

    [Fact]
    public void Build_AcceptedGroup_AnswersA()
    {
        var group = Group("ST*850*0001~BEG*00*SA*PO1**20200101~PO1*1*1*EA*1**VN*X~SE*4*0001~");

        var ack = Text(X12AcknowledgmentBuilder.Build(group, X12AcknowledgmentType.Functional997));

        Assert.Equal("ST*997*0001~AK1*PO*7~AK2*850*0001~AK5*A~AK9*A*1*1*1~SE*6*0001~", ack);
    }

    [Fact]
    public void Build_UnknownSegment_AcceptsWithErrors()
    {
        var group = Group("ST*850*0001~BEG*00*SA*PO1**20200101~ZZZ*1~PO1*1*1*EA*1**VN*X~SE*5*0001~");

        var ack = Text(X12AcknowledgmentBuilder.Build(group, X12AcknowledgmentType.Functional997));

        Assert.Equal("ST*997*0001~AK1*PO*7~AK2*850*0001~AK3*ZZZ*3**2~AK5*E~AK9*E*1*1*1~SE*7*0001~", ack);
    }

    [Fact]
    public void Build_MissingMandatoryElementAndBadDate_RejectsWithAk3Ak4()
    {
        var group = Group("ST*850*0001~BEG*00*SA***20201340~PO1*1*1*EA*1**VN*X~SE*4*0001~");

        var ack = Text(X12AcknowledgmentBuilder.Build(group, X12AcknowledgmentType.Functional997));

        Assert.Equal("ST*997*0001~AK1*PO*7~AK2*850*0001~AK3*BEG*2**8~AK4*3**1~AK4*5**8*20201340~AK5*R*5~AK9*R*1*1*0~SE*9*0001~", ack);
    }

    [Fact]
    public void Build_OneOfTwoSetsWithBadTrailer_PartiallyAccepts()
    {
        var group = Group("ST*850*0001~BEG*00*SA*PO1**20200101~PO1*1*1*EA*1**VN*X~SE*4*0001~ST*850*0002~BEG*00*SA*PO2**20200101~PO1*1*1*EA*1**VN*X~SE*9*0002~", sets: 2);

        var ack = Text(X12AcknowledgmentBuilder.Build(group, X12AcknowledgmentType.Functional997));

        Assert.Equal("ST*997*0001~AK1*PO*7~AK2*850*0001~AK5*A~AK2*850*0002~AK5*R*4~AK9*P*2*2*1~SE*8*0001~", ack);
    }

    [Fact]
    public void Build_GroupTrailerMismatch_RejectsGroupWithAk905()
    {
        var group = X12Parser.Parse(File.ReadAllBytes(Samples.Invalid("940-ediengine-ControlNumbersMismatch.edi")), new X12ReaderOptions { ThrowOnEnvelopeErrors = false })[0].Groups[0];

        var ack = Text(X12AcknowledgmentBuilder.Build(group, X12AcknowledgmentType.Functional997));

        Assert.Equal("ST*997*0001~AK1*OW*3314~AK2*940*0001~AK5*R*3~AK9*R*1*1*0*4~SE*6*0001~", ack);
    }

    [Fact]
    public void Build_999ForMissingMandatorySegment_UsesIk3Ik5AndVersion()
    {
        var group = Group("ST*850*0001*005010~PO1*1*1*EA*1**VN*X~SE*3*0001~", version: "005010");

        var ack = Text(X12AcknowledgmentBuilder.Build(group, X12AcknowledgmentType.Implementation999));

        Assert.Equal("ST*999*0001*005010X231~AK1*PO*7*005010~AK2*850*0001*005010~IK3*BEG*2**3~IK5*R*5~AK9*R*1*1*0~SE*7*0001~", ack);
    }

    [Theory]
    [InlineData("004010", X12AcknowledgmentType.Functional997)]
    [InlineData("004010VICS", X12AcknowledgmentType.Functional997)]
    [InlineData("005010", X12AcknowledgmentType.Implementation999)]
    [InlineData("005010X222A1", X12AcknowledgmentType.Implementation999)]
    public void ForVersion_GroupVersion_ChoosesAcknowledgment(string version, X12AcknowledgmentType expected) =>
        Assert.Equal(expected, X12AcknowledgmentBuilder.ForVersion(version));
}
