using System.Text.Json.Nodes;

namespace IntegrationHub.Cli.Tests.Commands.Edi;

public sealed class EdiCommandsTests
{
    private static string Sample(string kind, string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "shared", kind, name);

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandDispatcher.CreateDefault().RunAsync(args, new CommandContext(output, error, TimeProvider.System), default);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Parse_ValidFileWithJson_PrintsInterchangeJson()
    {
        var (code, output, error) = await RunAsync("edi", "parse", Sample("valid", "850-nodex12-850_fat.edi"), "--json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(2, json["interchanges"]!.AsArray().Count);
        Assert.Equal("08292233294", json["interchanges"]![0]!["groups"]![0]!["transactionSets"]![0]!["BEG"]!["BEG03"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parse_ValidFile_PrintsSummaryWithCorrelationKeys()
    {
        var (code, output, _) = await RunAsync("edi", "parse", Sample("valid", "855-staedi-multi-tx-transaction-type.edi"));

        Assert.Equal(0, code);
        Assert.Contains("interchange 000001337 from ZZ:ALEXANDRE0JACOB", output, StringComparison.Ordinal);
        Assert.Contains("855 0001: 3 segments, key ORDER1", output, StringComparison.Ordinal);
        Assert.Contains("855 0002: 3 segments, key ORDER2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_InvalidFile_PrintsPositionAndExitsOne()
    {
        var file = Sample("invalid", "940-ediengine-ControlNumbersMismatch.edi");

        var (code, output, error) = await RunAsync("edi", "parse", file, "--json");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Equal($"{file}: X12 error at segment 7 (SE), element SE02, byte offset 265: the value in SE02 (0002) does not match the value in ST02 (0001)", error.Trim());
    }

    [Fact]
    public async Task Ack_005010File_Prints999()
    {
        var (code, output, _) = await RunAsync("edi", "ack", Sample("valid", "850-stedi-5010-input.edi"));

        Assert.Equal(0, code);
        Assert.Contains("ST*999*0001*005010X231~", output, StringComparison.Ordinal);
        Assert.Contains("AK1*OW*000000057*005010~", output, StringComparison.Ordinal);
        Assert.Contains("AK2*850*000000057~", output, StringComparison.Ordinal);
        Assert.Contains("IK5*A~", output, StringComparison.Ordinal);
        Assert.Contains("AK9*A*1*1*1~", output, StringComparison.Ordinal);
        Assert.Contains("*ZZ*AMERCHANT      *", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ack_FileWithInterchangeEnvelopeError_PrintsTa1RejectionInsteadOf997()
    {
        var (code, output, error) = await RunAsync("edi", "ack", Sample("invalid", "940-ediengine-ControlNumbersMismatch.edi"));

        Assert.Equal(0, code);
        Assert.Contains("TA1*000003438*101127*1719*R*001\nIEA*0*000000001\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ST*997", output, StringComparison.Ordinal);
        Assert.Contains("IEA02 (000003439) does not match the value in ISA13 (000003438)", error, StringComparison.Ordinal);
        Assert.Contains("interchange 000003438 is rejected (TA1 R 001", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ack_FileWithSetEnvelopeError_Prints999RejectingTheSet()
    {
        var (code, output, _) = await RunAsync("edi", "ack", Sample("invalid", "999-staedi-invalid999.edi"));

        Assert.Equal(0, code);
        Assert.Contains("IK5*R*4*5~", output, StringComparison.Ordinal);
        Assert.DoesNotContain("TA1*", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ack_NotX12_ExitsOneWithError()
    {
        var (code, _, error) = await RunAsync("edi", "ack", Sample("invalid", "856-oopfactory-Example3.edi"));

        Assert.Equal(1, code);
        Assert.Contains("segment 1 (ISA), element ISA16", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("edi", "parse")]
    [InlineData("edi", "parse", "/nonexistent/file.edi")]
    [InlineData("edi", "parse", "a", "b")]
    [InlineData("edi", "parse", "x", "--yaml")]
    [InlineData("edi", "frobnicate")]
    [InlineData("edi", "schema", "123")]
    public async Task Run_WrongCommandLine_ExitsTwoWithUsage(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("usage: hub", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_850_PrintsJsonSchema()
    {
        var (code, output, _) = await RunAsync("edi", "schema", "850");

        Assert.Equal(0, code);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", JsonNode.Parse(output)!["$schema"]!.GetValue<string>());
    }
}
