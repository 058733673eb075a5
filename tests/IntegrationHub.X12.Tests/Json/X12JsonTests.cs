using System.Text.Json.Nodes;
using IntegrationHub.X12.Json;
using IntegrationHub.X12.Model;
using IntegrationHub.X12.Parsing;
using IntegrationHub.X12.Specs;
using IntegrationHub.X12.Writing;

namespace IntegrationHub.X12.Tests.Json;

public sealed class X12JsonTests
{
    public static TheoryData<string> ValidFiles() => Samples.ValidFiles();

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void FromJson_EveryValidSampleSet_RoundTripsThroughJsonAndX12(string file)
    {
        var interchanges = X12Parser.Parse(File.ReadAllBytes(Samples.Valid(file)));
        foreach (var i in interchanges)
        {
            foreach (var set in i.Groups.SelectMany(g => g.TransactionSets))
            {
                var json = X12Json.ToJson(set);
                var text = JsonNode.Parse(json.ToJsonString())!.AsObject();

                var back = X12Json.FromJson(text);
                Assert.True(JsonNode.DeepEquals(json, X12Json.ToJson(back)), $"JSON round trip of {set.Id} {set.ControlNumber} differs");

                // JSON -> X12 -> parse -> JSON gives the same JSON.
                var writer = new StringWriter();
                var x12 = new X12Writer(writer, i.Delimiters);
                x12.WriteSegment(i.Header);
                x12.WriteSegment(set.GroupHeader!);
                x12.WriteTransactionSet(back);
                x12.WriteSegment(new X12Segment("GE", "1", set.GroupHeader!.GetValue(6)));
                x12.WriteSegment(new X12Segment("IEA", "1", i.ControlNumber));
                var reparsed = X12Parser.Parse(writer.ToString())[0].Groups[0].TransactionSets[0];
                Assert.True(JsonNode.DeepEquals(json, X12Json.ToJson(reparsed)), $"X12 from JSON of {set.Id} {set.ControlNumber} differs");
            }
        }
    }

    [Fact]
    public void ToJson_850_FollowsTheDocumentedShape()
    {
        var set = X12Parser.Parse(File.ReadAllBytes(Samples.Valid("850-nodex12-850.edi")))[0].Groups[0].TransactionSets[0];

        var json = X12Json.ToJson(set);

        Assert.Equal("4405197800", json["envelope"]!["ISA"]!["ISA06"]!.GetValue<string>());
        Assert.Equal("PO", json["envelope"]!["GS"]!["GS01"]!.GetValue<string>());
        Assert.Equal("850", json["ST"]!["ST01"]!.GetValue<string>());
        Assert.Equal("08292233294", json["BEG"]!["BEG03"]!.GetValue<string>());
        Assert.Null(json["BEG"]!["BEG04"]);
        Assert.IsType<JsonArray>(json["REF"]);
        var n1 = json["N1Loop"]!.AsArray()[0]!;
        Assert.Equal("ST", n1["N1"]!["N101"]!.GetValue<string>());
        var po1 = json["PO1Loop"]!.AsArray();
        Assert.NotEmpty(po1);
        Assert.IsType<JsonObject>(po1[0]!["PO1"]);
        Assert.IsType<JsonObject>(json["CTT"]);
        Assert.IsType<JsonObject>(json["SE"]);
    }

    [Fact]
    public void ToJson_856_NestsHlLevelsByParent()
    {
        var set = X12Parser.Parse(File.ReadAllBytes(Samples.Valid("856-ediengine-856.Crossdock.OK.edi")))[0].Groups[0].TransactionSets[0];

        var json = X12Json.ToJson(set);

        var shipment = Assert.Single(json["HLLoop"]!.AsArray())!;
        Assert.Equal("S", shipment["HL"]!["HL03"]!.GetValue<string>());
        var orders = shipment["HLLoop"]!.AsArray();
        Assert.Equal(2, orders.Count);
        Assert.All(orders, o => Assert.Equal("O", o!["HL"]!["HL03"]!.GetValue<string>()));
        Assert.All(orders, o => Assert.Equal(shipment["HL"]!["HL01"]!.GetValue<string>(), o!["HL"]!["HL02"]!.GetValue<string>()));
        var packs = orders.SelectMany(o => o!["HLLoop"]!.AsArray()).ToList();
        Assert.Equal(5, packs.Count);
        Assert.All(packs, p => Assert.Equal("I", p!["HLLoop"]!.AsArray()[0]!["HL"]!["HL03"]!.GetValue<string>()));
    }

    [Fact]
    public void ToJson_CompositeAndRepeatedElements_UseArrays()
    {
        var seg = new X12Segment("CTX", [new X12Element([["CLM01", "123"]]), new X12Element([["A"], ["B", "1"]])]);

        var json = X12Json.SegmentToJson(seg);

        Assert.Equal("""{"CTX01":["CLM01","123"],"CTX02":[["A"],["B","1"]]}""", json.ToJsonString());
    }

    [Theory]
    [InlineData("""{"BEG":{"BEG03":"X"}}""", "$.ST")]
    [InlineData("""{"ST":{"ST01":"850","ST02":"1"},"BEG":{"BEGX":"X"}}""", "$.BEG.BEGX")]
    [InlineData("""{"ST":{"ST01":"850","ST02":"1"},"N1Loop":[{"N3":[{"N301":"x"}]}]}""", "$.N1Loop[0]")]
    [InlineData("""{"ST":{"ST01":"850","ST02":"1"},"beg":{}}""", "$.beg")]
    [InlineData("""{"ST":{"ST01":"850","ST02":"1"},"BEG":{"BEG01":true}}""", "$.BEG.BEG01")]
    public void FromJson_InvalidForm_ThrowsWithPath(string json, string path)
    {
        var ex = Assert.Throws<X12JsonException>(() => X12Json.FromJson(JsonNode.Parse(json)!.AsObject()));

        Assert.Equal(path, ex.Path);
    }

    public static TheoryData<string> SchemaSets() => ["850", "855", "856", "810", "997"];

    [Theory]
    [MemberData(nameof(SchemaSets))]
    public void Generate_PublishedSchemaFile_IsUpToDate(string setId)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "schemas", $"x12-{setId}.schema.json");
        Assert.True(File.Exists(path), $"flows/schemas/x12-{setId}.schema.json is missing; generate it with: hub edi schema {setId}");
        X12Specs.TryGetTransactionSet(setId, out var spec);

        var published = JsonNode.Parse(File.ReadAllText(path));

        Assert.True(JsonNode.DeepEquals(X12JsonSchema.Generate(spec!), published), $"flows/schemas/x12-{setId}.schema.json is stale; regenerate it with: hub edi schema {setId}");
    }
}
