using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Catalog;

namespace IntegrationHub.Mapping.Tests.Catalog;

/// <summary>The files under flows/ (linked into the test output, never copied) load, validate and preview cleanly.</summary>
public sealed class ShippedFlowsTests
{
    private static readonly string Flows = Path.Combine(AppContext.BaseDirectory, "flows");

    private static readonly Lazy<MappingCatalog> Shipped = new(() => MappingCatalog.LoadDirectory(Flows));

    public static TheoryData<string> MappingIds() =>
        [.. Directory.EnumerateFiles(Path.Combine(Flows, "mappings"), "*.map.json").Select(f => Path.GetFileName(f)[..^".map.json".Length]).Order()];

    /// <summary>The canonical model's schemas; the x12-* files describe the X12 JSON forms and are tested with the X12 project.</summary>
    public static TheoryData<string> CanonicalSchemas() =>
        [.. Directory.EnumerateFiles(Path.Combine(Flows, "schemas"), "*.schema.json")
            .Select(f => Path.GetFileName(f)[..^".schema.json".Length])
            .Where(id => id is not ("flow" or "mapping" or "lookup") && !id.StartsWith("x12-", StringComparison.Ordinal))
            .Order()];

    [Fact]
    public void LoadDirectory_ShippedFlows_LoadsEveryReferenceMappingSchemaAndLookup()
    {
        var catalog = Shipped.Value;

        Assert.Equal(11, catalog.Mappings.Count);
        // 11 canonical schemas and the 5 X12 JSON forms (850, 855, 856, 810, 997) owned by the X12 project.
        Assert.Equal(16, catalog.Schemas.Count);
        Assert.Contains(catalog.Lookups, l => l.Id == "unit-conversions");
    }

    [Theory]
    [MemberData(nameof(MappingIds))]
    public void Preview_ReferenceMappingOnItsSample_HasNoErrors(string mappingId)
    {
        var sut = TestEngine.Create(Shipped.Value);
        var document = Shipped.Value.FindMapping(mappingId)!;
        Assert.Empty(sut.Validate(document));
        Assert.NotNull(document.Sample);
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Flows, "samples", document.Sample)))!;

        var preview = sut.Preview(document, sample);

        Assert.True(preview.Succeeded, string.Join(Environment.NewLine, preview.Errors));
        Assert.NotEmpty(preview.Trace);
        Assert.Equal(preview.Output!.ToJsonString(), sut.Map(mappingId, sample).ThrowIfFailed().ToJsonString());
    }

    [Theory]
    [MemberData(nameof(CanonicalSchemas))]
    public void CanonicalSchema_ItsSampleAndExample_AreValid(string schemaId)
    {
        var schema = Shipped.Value.FindSchema(schemaId)!;
        var sample = File.ReadAllText(Path.Combine(Flows, "samples", schemaId + ".json"));
        var example = JsonNode.Parse(schema.Json)!["examples"]![0]!.ToJsonString();

        Assert.Empty(schema.Compiled.Validate(sample));
        Assert.Equal(JsonNode.Parse(sample)!.ToJsonString(), example);
        Assert.False(string.IsNullOrEmpty(JsonNode.Parse(schema.Json)!["description"]?.GetValue<string>()));
    }

    [Fact]
    public void Preview_X12850Sample_ConvertsCasesToEachAndAppliesContract()
    {
        var sut = TestEngine.Create(Shipped.Value);
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Flows, "samples", "x12-850.json")))!;

        var output = sut.Map("x12-850-to-sales-order", sample).ThrowIfFailed();

        var line = output["lines"]![0]!;
        Assert.Equal(("CS", 24L, "CTR-2025-ACME"), ((string)line["uom"]!, (long)line["baseQuantity"]!, (string)line["contractPrice"]!["contractId"]!));
        Assert.Equal("edi-000004521-0001", (string)output["correlationId"]!);
        Assert.Equal("C-1001-12", (string)output["shipTo"]!["id"]!);
    }

    [Fact]
    public void Preview_ShipmentTo856_BuildsNestedHierarchyWithParents()
    {
        var sut = TestEngine.Create(Shipped.Value);
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Flows, "samples", "shipment.json")))!;

        var output = sut.Map("shipment-to-x12-856", sample).ThrowIfFailed();

        var shipment = output["HLLoop"]![0]!;
        var order = shipment["HLLoop"]![0]!;
        var packs = order["HLLoop"]!.AsArray();
        Assert.Equal(("S", "O", "1"), ((string)shipment["HL"]!["HL03"]!, (string)order["HL"]!["HL03"]!, (string)order["HL"]!["HL02"]!));
        Assert.Equal(2, packs.Count);
        var sealant = packs[1]!["HLLoop"]![0]!;
        Assert.Equal(("4", "IB", "SL-2501A"), ((string)sealant["SN1"]!["SN102"]!, (string)sealant["SN1"]!["SN108"]!, (string)sealant["REF"]![0]!["REF02"]!));
        Assert.Equal("7", (string)output["CTTLoop"]![0]!["CTT"]!["CTT01"]!);
    }
}
