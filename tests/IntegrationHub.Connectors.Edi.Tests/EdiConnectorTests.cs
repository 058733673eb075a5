using System.Reflection;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Edi.Model;
using IntegrationHub.Connectors.Edi.Tests.Infrastructure;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Edi.Tests;

public sealed class EdiConnectorTests : IDisposable
{
    private readonly EdiTestbed _bed = new();

    public void Dispose() => _bed.Dispose();

    private static string Text(string kind, string file) => File.ReadAllText(kind == "valid" ? Samples.Valid(file) : Samples.Invalid(file));

    [Fact]
    public void Definition_DeclaresOperationsSecretsAndSchemas()
    {
        var descriptor = _bed.Harness.Definition.Descriptor;

        Assert.Equal(("edi", "1.0.0"), (descriptor.Name, descriptor.Version));
        Assert.Equal(["acknowledge", "parse", "receiveInterchanges", "sendDocument"], descriptor.Operations.Select(o => o.Name));
        Assert.All(descriptor.Operations, o => Assert.True(o.IsIdempotent));
        Assert.Equal(["password", "privateKey", "privateKeyPassphrase"], descriptor.SecretSettings.Order(StringComparer.Ordinal));
        var settings = descriptor.SettingsSchema;
        Assert.True(settings["properties"]!["password"]!["writeOnly"]!.GetValue<bool>());
        Assert.Contains("partner", settings["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        var partner = settings["properties"]!["partner"]!["properties"]!.AsObject();
        Assert.Contains("interchangeId", partner.Select(p => p.Key));
        Assert.Equal(["production", "test"], partner["usage"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal));
        var receive = descriptor.Operations.Single(o => o.Name == "receiveInterchanges");
        Assert.Contains("correlationKey", receive.OutputSchema["properties"]!["items"]!["items"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Connector_ReferencesOnlyTheSdkAndTheX12LibraryOfOurs_AndX12NothingOfOurs()
    {
        static List<string> Ours(Assembly a) => [.. a.GetReferencedAssemblies().Select(n => n.Name!).Where(n => n.StartsWith("IntegrationHub.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

        Assert.Equal(["IntegrationHub.Connectors.Sdk", "IntegrationHub.X12"], Ours(typeof(EdiConnector).Assembly));
        Assert.Empty(Ours(typeof(X12.Parsing.X12Reader).Assembly));
    }

    [Fact]
    public async Task Parse_ValidSample_GivesJsonFormAndOneItemPerSet()
    {
        var output = await _bed.RunAsync<ParseOutput>("parse", new ParseInput { Content = Text("valid", "810-staedi-simple810.edi") }, null);

        Assert.True(output.Valid);
        Assert.Empty(output.Problems);
        Assert.Equal([("edi.810", "A99999-01"), ("edi.810", "A99999-04")], output.Items.Select(i => (i.Type, i.CorrelationKey)));
        Assert.Equal(2, output.Interchanges["interchanges"]![0]!["groups"]![0]!["transactionSets"]!.AsArray().Count);
        Assert.True(output.Items[0].IsTest);
        Assert.Null(output.Items[0].FileName);
    }

    [Fact]
    public async Task Parse_EnvelopeErrors_AreListedWithPositionsAndGiveNoItems()
    {
        var output = await _bed.RunAsync<ParseOutput>("parse", new ParseInput { Content = Text("invalid", "940-ediengine-ControlNumbersMismatch.edi") }, null);

        Assert.False(output.Valid);
        Assert.Empty(output.Items);
        Assert.Equal("interchange 000003438 rejected (TA1 R 001: The interchange control number in the header and trailer do not match; the value from the header is used in the acknowledgment): segment 9 (IEA), element IEA02, byte offset 285: the value in IEA02 (000003439) does not match the value in ISA13 (000003438)", Assert.Single(output.Problems));
    }

    [Fact]
    public async Task Parse_NotX12_IsADataQualityErrorWithThePosition()
    {
        var ex = await Assert.ThrowsAsync<ConnectorException>(() => _bed.RunAsync<ParseOutput>("parse", new ParseInput { Content = Text("invalid", "855-stupidedi-PR855-fail-2.edi") }, null));

        Assert.Equal((ErrorCategory.DataQuality, "x12_syntax"), (ex.Category, ex.ErrorCode));
        Assert.Contains("segment 1 (ISA), element ISA03", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_PartnersFile_Gives997FromTheProfileWithoutUsingTheSequence()
    {
        var content = System.Text.Encoding.UTF8.GetString(await EdiTestbed.PartnerInterchangeAsync("850-nodex12-850.edi", 5));

        var output = await _bed.RunAsync<AcknowledgeOutput>("acknowledge", new ParseInput { Content = content }, null);

        var ack = Assert.Single(output.Acknowledgments);
        Assert.Equal(("997", "000000001", "000000005", "997-acme-000000001.edi"), (ack.Type, ack.InterchangeControlNumber, ack.AcknowledgedControlNumber, ack.FileName));
        Assert.Contains("*ZZ*HUB            *ZZ*ACME           *", ack.Content, StringComparison.Ordinal);
        Assert.Contains("AK9*A*1*1*1~", ack.Content, StringComparison.Ordinal);
        Assert.Empty(output.Problems);
        Assert.Equal(0, _bed.Harness.State.Count);
    }

    [Fact]
    public async Task Acknowledge_OtherSender_GivesTa1Rejection()
    {
        var output = await _bed.RunAsync<AcknowledgeOutput>("acknowledge", new ParseInput { Content = Text("valid", "850-nodex12-850.edi") }, null);

        var ack = Assert.Single(output.Acknowledgments);
        Assert.Equal("TA1", ack.Type);
        Assert.Contains("TA1*000003438*101127*1719*R*005~", ack.Content, StringComparison.Ordinal);
        Assert.Contains("TA1 R 005", Assert.Single(output.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "bad id!", "must be 1 to 64 letters")]
    [InlineData("interchangeId", "THIS-ID-IS-WAY-TOO-LONG", "InterchangeId")]
    [InlineData("version", "5010", "Version")]
    [InlineData("segmentTerminator", "~~", "SegmentTerminator")]
    [InlineData("componentSeparator", "*", "distinct")]
    public async Task InvalidPartnerProfile_IsAConfigurationError(string field, string value, string message)
    {
        var partner = (JsonObject)System.Text.Json.JsonSerializer.SerializeToNode(EdiTestbed.Partner, ConnectorJson.SerializerOptions)!;
        partner[field] = value;
        var settings = (JsonObject)System.Text.Json.JsonSerializer.SerializeToNode(_bed.Settings(), ConnectorJson.SerializerOptions)!;
        settings["partner"] = partner;

        var ex = await Assert.ThrowsAsync<ConnectorConfigurationException>(() => _bed.Harness.RunJsonAsync("acknowledge", settings, new JsonObject { ["content"] = "ISA" }));

        Assert.Equal(ErrorCategory.Platform, ex.Category);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_WithoutPasswordOrKey_AreAConfigurationError()
    {
        var settings = new EdiSettings
        {
            Host = "127.0.0.1",
            UserName = "u",
            InboundFolder = "/in",
            OutboundFolder = "/out",
            Partner = EdiTestbed.Partner,
        };

        var ex = await Assert.ThrowsAsync<ConnectorConfigurationException>(() => _bed.Harness.RunAsync<ReceiveInterchangesOutput>("receiveInterchanges", settings, new ReceiveInterchangesInput(), "k"));

        Assert.Contains("Password or a PrivateKey", ex.Message, StringComparison.Ordinal);
    }
}
