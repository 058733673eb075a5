using System.Text;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.X12.Tests.Parsing;

public sealed class X12ParserTests
{
    // ISA / GS / ST counts from PROVENANCE.md.
    private static readonly Dictionary<string, (int Isa, int Gs, int St)> Counts = new()
    {
        ["810-oopfactory-Example3_MultiInvoice.edi"] = (1, 1, 2),
        ["810-staedi-simple810.edi"] = (1, 1, 2),
        ["810-stupidedi-IN810-pass-1.edi"] = (1, 1, 1),
        ["850-bots-850-004010VICS-01.edi"] = (1, 1, 4),
        ["850-nodex12-850.edi"] = (1, 1, 1),
        ["850-nodex12-850_fat.edi"] = (2, 2, 2),
        ["850-oopfactory-Example1_PGWGlass.edi"] = (1, 1, 1),
        ["850-stedi-5010-input.edi"] = (1, 1, 1),
        ["855-bots-855-004010UCS-01.edi"] = (1, 1, 6),
        ["855-nodex12-855.edi"] = (1, 1, 1),
        ["855-staedi-multi-tx-transaction-type.edi"] = (1, 1, 2),
        ["856-bots-856_1.edi"] = (1, 1, 1),
        ["856-ediengine-856.Crossdock.OK.edi"] = (1, 1, 1),
        ["856-nodex12-856.edi"] = (1, 1, 1),
        ["856-oopfactory-Example1.edi"] = (1, 1, 1),
        ["856-silvenga-old.edi"] = (1, 1, 1),
        ["997-staedi-optionalInterchangeServices.edi"] = (1, 1, 1),
        ["997-staedi-simple997.edi"] = (1, 1, 1),
        ["999-pyx12-834_lui_id_5010.999.edi"] = (1, 2, 4),
        ["999-staedi-simple999.edi"] = (1, 1, 1),
        ["TA1-bots-testx120029.edi"] = (1, 0, 0),
        ["TA1-oopfactory-TechnicalAcknowledgment_Sample1.edi"] = (1, 0, 0),
    };

    public static TheoryData<string> ValidFiles() => Samples.ValidFiles();

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task ParseAsync_ValidSample_HasProvenanceCountsAndNoErrors(string file)
    {
        await using var stream = File.OpenRead(Samples.Valid(file));
        var interchanges = await X12Parser.ParseAsync(stream);

        var expected = Counts[file];
        Assert.Equal(expected.Isa, interchanges.Count);
        Assert.Equal(expected.Gs, interchanges.Sum(i => i.Groups.Count));
        Assert.Equal(expected.St, interchanges.Sum(i => i.Groups.Sum(g => g.TransactionSets.Count)));
        var errors = interchanges.SelectMany(i => i.Groups).SelectMany(g => g.TransactionSets).SelectMany(t => t.Issues).Where(i => i.Severity == X12IssueSeverity.Error);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Parse_ValidSample_RoundTripsThroughGenerator(string file)
    {
        var first = X12Parser.Parse(File.ReadAllBytes(Samples.Valid(file)));

        var text = X12Writer.Format(first);
        var second = X12Parser.Parse(text);

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.True(first[i].Header.ContentEquals(second[i].Header), $"ISA differs: {first[i].Header} vs {second[i].Header}");
            Assert.Equal(first[i].Delimiters, second[i].Delimiters);
            Assert.Equal(first[i].ServiceSegments.Select(s => s.ToString()), second[i].ServiceSegments.Select(s => s.ToString()));
            Assert.Equal(first[i].Groups.Select(g => $"{g.Header}|{g.Trailer}"), second[i].Groups.Select(g => $"{g.Header}|{g.Trailer}"));
            Assert.Equal(first[i].Trailer?.ToString(), second[i].Trailer?.ToString());
            var a = first[i].Groups.SelectMany(g => g.TransactionSets).Select(Samples.Dump).ToList();
            var b = second[i].Groups.SelectMany(g => g.TransactionSets).Select(Samples.Dump).ToList();
            Assert.Equal(a, b);
        }
    }

    [Theory]
    [InlineData("940-ediengine-ControlNumbersMismatch.edi", 7, "SE", 2, "the value in SE02 (0002) does not match the value in ST02 (0001)")]
    [InlineData("856-stupidedi-SH856-fail-2.edi", 24, "SE", 1, "the value in SE01 (25) does not match the number of segments in the transaction set (22")]
    [InlineData("855-stupidedi-PR855-fail-2.edi", 1, "ISA", 3, "the ISA is not fixed-width")]
    [InlineData("850-stupidedi-PO850-pass-1.edi", 1, "ISA", 9, "expected the element separator '*' before ISA09 at ISA character 70 but found '0x20'")]
    [InlineData("850-edinet-x12.850.edi", 1, "ISA", 2, "ISA02 contains the non-ASCII byte 0xC2")]
    [InlineData("856-oopfactory-Example3.edi", 1, "ISA", 16, "the segment terminator (ISA character 106) is the non-ASCII byte 0xE2")]
    [InlineData("271-nodex12-271.edi", 41, "", null, "has no GE trailer: the input ends inside interchange 000031033 before its IEA trailer")]
    [InlineData("999-staedi-invalid999.edi", 20, "SE", 1, "the value in SE01 (16) does not match the number of segments in the transaction set (18")]
    [InlineData("TA1-staedi-x12_interchange_ack.edi", 3, "IEA", 1, "the value in IEA01 (1) does not match the number of functional groups in the interchange (0)")]
    public void Parse_InvalidSample_ReportsTheProvenanceError(string file, long position, string segmentId, int? element, string message)
    {
        var ex = Assert.Throws<X12ParseException>(() => X12Parser.Parse(File.ReadAllBytes(Samples.Invalid(file))));

        Assert.Equal(position, ex.Position);
        Assert.Equal(segmentId, ex.SegmentId);
        Assert.Equal(element, ex.ElementIndex);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"segment {position}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidSampleLeniently_CollectsEnvelopeIssues()
    {
        var interchanges = X12Parser.Parse(File.ReadAllBytes(Samples.Invalid("940-ediengine-ControlNumbersMismatch.edi")), new X12ReaderOptions { ThrowOnEnvelopeErrors = false });

        var i = Assert.Single(interchanges);
        Assert.Equal("3", Assert.Single(i.Groups[0].TransactionSets[0].Issues).Code);
        Assert.Equal("4", Assert.Single(i.Groups[0].Issues).Code);
        Assert.Equal("001", Assert.Single(i.Issues).Code);
    }

    [Fact]
    public void Parse_RepetitionSeparatorIsLetterU_DoesNotSplitValues()
    {
        var set = X12Parser.Parse(File.ReadAllBytes(Samples.Valid("850-stedi-5010-input.edi")))[0].Groups[0].TransactionSets[0];

        Assert.Null(set.Delimiters!.Repetition);
        Assert.Contains(set.Body.DescendantSegments(), s => s.Elements.Any(e => e.Value.Contains('U', StringComparison.Ordinal)));
        Assert.DoesNotContain(set.Body.DescendantSegments(), s => s.Elements.Any(e => e.IsRepeated));
    }

    [Fact]
    public void Parse_ControlCharacterDelimiters_AreDetected()
    {
        var i = X12Parser.Parse(File.ReadAllBytes(Samples.Valid("850-bots-850-004010VICS-01.edi")))[0];

        Assert.Equal(new X12Delimiters('\x7F', '>', null, '\x15'), i.Delimiters);
        Assert.Equal("15918851602", i.Groups[0].TransactionSets[0].Body.SegmentsOf("BEG").Single().GetValue(3));
    }

    [Fact]
    public void Parse_SegmentWithoutTerminatorBeyondMaximum_ThrowsWithPosition()
    {
        var isa = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *200101*1200*U*00401*000000001*0*P*>~";
        var text = isa + "GS*PO*A*B*20200101*1200*1*X*004010~ST*850*0001~BEG*" + new string('X', 5000);

        var ex = Assert.Throws<X12ParseException>(() => X12Parser.Parse(text, new X12ReaderOptions { MaxSegmentLength = 1024 }));

        Assert.Equal(4, ex.Position);
        Assert.Contains("no segment terminator '~' within 1024 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GarbageAfterIea_ThrowsExpectedIsa()
    {
        var bytes = File.ReadAllBytes(Samples.Valid("855-nodex12-855.edi")).Concat(Encoding.ASCII.GetBytes("HELLO WORLD")).ToArray();

        var ex = Assert.Throws<X12ParseException>(() => X12Parser.Parse(bytes));

        Assert.Contains("expected an interchange header 'ISA' but found 'HELLO WORLD'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task Parse_TruncatedSample_ThrowsOnlyParseExceptionAndNeverHangs(string file)
    {
        var bytes = File.ReadAllBytes(Samples.Valid(file));
        var step = Math.Max(1, bytes.Length / 200);
        var work = Task.Run(() =>
        {
            for (var n = 0; n < bytes.Length; n += step)
            {
                AssertOnlyParseException(bytes[..n]);
            }
        });

        await work.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public async Task Parse_RandomByteFlips_ThrowOnlyParseExceptionAndNeverHang(string file)
    {
        var original = File.ReadAllBytes(Samples.Valid(file));
        var random = new Random(file.GetHashCode(StringComparison.Ordinal));
        var work = Task.Run(() =>
        {
            for (var round = 0; round < 300; round++)
            {
                var bytes = (byte[])original.Clone();
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                AssertOnlyParseException(bytes);
            }
        });

        await work.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static void AssertOnlyParseException(byte[] bytes)
    {
        try
        {
            X12Parser.Parse(bytes);
            X12Parser.Parse(bytes, new X12ReaderOptions { ThrowOnEnvelopeErrors = false });
        }
        catch (X12ParseException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Issue.Message));
        }
    }
}
