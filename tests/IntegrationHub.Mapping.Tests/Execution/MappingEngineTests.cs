using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Execution;

namespace IntegrationHub.Mapping.Tests.Execution;

public sealed class MappingEngineTests
{
    private static readonly JsonNode Order = TestEngine.Json("""
        {
          "ref": "PO-1", "placed": "20250301", "qty": "12",
          "customer": { "id": "C-9", "name": "Acme" },
          "items": [
            { "sku": "A", "qty": 2, "unit": "CA", "lots": [ { "lot": "L1", "qty": 1 }, { "lot": "L2", "qty": 1 } ] },
            { "sku": "B", "qty": 0, "unit": "EA", "lots": [] },
            { "sku": "C", "qty": 5, "unit": "XX", "lots": [ { "lot": "L3", "qty": 5 } ] }
          ]
        }
        """);

    private static MappingCatalog Catalog()
    {
        var catalog = new MappingCatalog();
        catalog.AddLookup("""{ "id": "units", "onMissing": "error", "entries": { "CA": "CS", "EA": "EA" } }""");
        catalog.AddLookup("""{ "id": "units-default", "onMissing": "default", "default": "EA", "entries": { "CA": "CS" } }""");
        catalog.AddLookup("""{ "id": "units-pass", "onMissing": "passThrough", "entries": { "CA": "CS" } }""");
        catalog.AddLookup("""{ "id": "unit-conversions", "onMissing": "error", "entries": { "EA": { "base": "EA", "factor": 1 }, "DZ": { "base": "EA", "factor": 12 }, "KG": { "base": "G", "factor": 1000 } } }""");
        return catalog;
    }

    [Fact]
    public void Preview_SourceExpressionConstantRules_WriteEachValueAndTraceIt()
    {
        var sut = TestEngine.Create(Catalog());
        var doc = TestEngine.Document("""
            [
              { "target": "orderNumber", "source": "ref" },
              { "target": "customer.name", "source": "$.customer.name" },
              { "target": "total", "expression": "=input.items.length * 10" },
              { "target": "channel", "value": "portal" }
            ]
            """);

        var preview = sut.Preview(doc, Order);

        Assert.Empty(preview.Errors);
        Assert.Equal("""{"orderNumber":"PO-1","customer":{"name":"Acme"},"total":30,"channel":"portal"}""", preview.Output!.ToJsonString());
        Assert.Collection(preview.Trace,
            t => Assert.Equal(("$.rules[0]", "$.orderNumber", "$.ref", "\"PO-1\""), (t.Rule, t.TargetPath, t.SourcePath, t.Value!.ToJsonString())),
            t => Assert.Equal(("$.customer.name", "$.customer.name"), (t.TargetPath, t.SourcePath)),
            t => Assert.Equal(("$.total", "30", RuleOutcome.Written), (t.TargetPath, t.Value!.ToJsonString(), t.Outcome)),
            t => Assert.Equal(("$.channel", null), (t.TargetPath, t.SourcePath)));
    }

    [Fact]
    public void Preview_WhenFalse_SkipsRuleAndDefaultFillsMissingValue()
    {
        var sut = TestEngine.Create(Catalog());
        var doc = TestEngine.Document("""
            [
              { "target": "dropShip", "value": true, "when": "=input.customer.id === 'nobody'" },
              { "target": "terms", "source": "paymentTerms", "default": "NET30" },
              { "target": "note", "source": "missing" }
            ]
            """);

        var preview = sut.Preview(doc, Order);

        Assert.Empty(preview.Errors);
        Assert.Equal("""{"terms":"NET30"}""", preview.Output!.ToJsonString());
        Assert.Equal([RuleOutcome.Skipped, RuleOutcome.Defaulted, RuleOutcome.Empty], preview.Trace.Select(t => t.Outcome));
    }

    [Fact]
    public void Preview_TypeConversion_ConvertsTextToNumberAndDate()
    {
        var sut = TestEngine.Create(Catalog());
        var doc = TestEngine.Document("""
            [ { "target": "qty", "source": "qty", "type": "integer" }, { "target": "date", "source": "placed", "type": "date" }, { "target": "bad", "source": "ref", "type": "number" } ]
            """);

        var preview = sut.Preview(doc, Order);

        Assert.Equal("""{"qty":12,"date":"2025-03-01"}""", preview.Output!.ToJsonString());
        var error = Assert.Single(preview.Errors);
        Assert.Equal(("$.bad", "$.ref", "$.rules[2]"), (error.TargetPath, error.SourcePath, error.Rule));
        Assert.Contains("'PO-1' to number", error.Message);
    }

    [Fact]
    public void Preview_ArrayRuleWithWhereAndNestedArray_MapsEachElementWithIndexesAndAliases()
    {
        var sut = TestEngine.Create(Catalog());
        var doc = TestEngine.Document("""
            [
              { "target": "lines", "forEach": "items", "as": "line", "where": "=line.qty > 0", "rules": [
                  { "target": "lineNumber", "expression": "=index + 1" },
                  { "target": "sku", "source": "sku" },
                  { "target": "order", "expression": "=input.ref" },
                  { "target": "lots", "forEach": "lots", "as": "lot", "rules": [
                      { "target": "label", "expression": "=line.sku + '/' + lot.lot + '#' + index" },
                      { "target": "parentSku", "expression": "=parent.sku" }
                  ] }
              ] }
            ]
            """);

        var preview = sut.Preview(doc, Order);

        Assert.Empty(preview.Errors);
        Assert.Equal(
            """{"lines":[{"lineNumber":1,"sku":"A","order":"PO-1","lots":[{"label":"A/L1#0","parentSku":"A"},{"label":"A/L2#1","parentSku":"A"}]},{"lineNumber":3,"sku":"C","order":"PO-1","lots":[{"label":"C/L3#0","parentSku":"C"}]}]}""",
            preview.Output!.ToJsonString());
        Assert.Contains(preview.Trace, t => t.TargetPath == "$.lines[1].lots[0].label" && t.SourcePath == "$.items[2].lots[0]");
        Assert.Contains(preview.Trace, t => t.Outcome == RuleOutcome.Skipped && t.Rule == "$.rules[0]");
    }

    [Fact]
    public void Preview_ObjectRuleWithSource_ReadsRelativeToThatObject()
    {
        var sut = TestEngine.Create(Catalog());
        var doc = TestEngine.Document("""
            [ { "target": "soldTo", "source": "customer", "rules": [ { "target": "code", "source": "id" }, { "target": "label", "expression": "=item.name.toUpperCase()" } ] } ]
            """);

        var preview = sut.Preview(doc, Order);

        Assert.Empty(preview.Errors);
        Assert.Equal("""{"soldTo":{"code":"C-9","label":"ACME"}}""", preview.Output!.ToJsonString());
    }

    [Fact]
    public void Preview_ForEachOverNonArray_ReportsWhatWasFound()
    {
        var sut = TestEngine.Create(Catalog());
        var preview = sut.Preview(TestEngine.Document("""[ { "target": "lines", "forEach": "customer", "rules": [ { "target": "x", "value": 1 } ] } ]"""), Order);

        var error = Assert.Single(preview.Errors);
        Assert.Equal(("$.lines", "$.customer"), (error.TargetPath, error.SourcePath));
        Assert.Contains("expects an array, found an object", error.Message);
    }

    [Fact]
    public void Preview_LookupHit_TranslatesValue()
    {
        var sut = TestEngine.Create(Catalog());
        var preview = sut.Preview(TestEngine.Document("""[ { "target": "uom", "source": "items[0].unit", "lookup": "units" }, { "target": "viaHelper", "expression": "=lookup('units', 'EA')" } ]"""), Order);

        Assert.Empty(preview.Errors);
        Assert.Equal("""{"uom":"CS","viaHelper":"EA"}""", preview.Output!.ToJsonString());
    }

    [Fact]
    public void Preview_LookupMissWithError_ReportsTableKeyAndPaths()
    {
        var sut = TestEngine.Create(Catalog());
        var preview = sut.Preview(TestEngine.Document("""[ { "target": "lines", "forEach": "items", "rules": [ { "target": "uom", "source": "unit", "lookup": "units" } ] } ]"""), Order);

        var error = Assert.Single(preview.Errors);
        Assert.Equal(("$.lines[2].uom", "$.items[2].unit", "$.rules[0].rules[0]", ErrorCategory.DataQuality), (error.TargetPath, error.SourcePath, error.Rule, error.Category));
        Assert.Contains("lookup table 'units' has no entry for key 'XX'", error.Message);
    }

    [Theory]
    [InlineData("units-default", null, "\"EA\"")]
    [InlineData("units-pass", null, "\"XX\"")]
    [InlineData("units", "passThrough", "\"XX\"")]
    [InlineData("units-pass", "default", null)]
    public void Preview_LookupMissWithDefaultOrPassThrough_UsesConfiguredBehaviour(string table, string? onMissing, string? expected)
    {
        var sut = TestEngine.Create(Catalog());
        var overrideText = onMissing is null ? "" : $", \"onMissing\": \"{onMissing}\"";
        var preview = sut.Preview(TestEngine.Document($$"""[ { "target": "uom", "source": "items[2].unit", "lookup": "{{table}}"{{overrideText}} } ]"""), Order);

        Assert.Empty(preview.Errors);
        Assert.Equal(expected, preview.Output!["uom"]?.ToJsonString());
    }

    [Fact]
    public void Preview_LookupHelperMiss_HonoursTableBehaviourAndFallbackArgument()
    {
        var sut = TestEngine.Create(Catalog());
        var preview = sut.Preview(TestEngine.Document("""
            [ { "target": "a", "expression": "=lookup('units-default', 'ZZ')" }, { "target": "b", "expression": "=lookup('units', 'ZZ', 'fallback')" }, { "target": "c", "expression": "=lookup('units', 'ZZ')" } ]
            """), Order);

        Assert.Equal("""{"a":"EA","b":"fallback"}""", preview.Output!.ToJsonString());
        Assert.Contains("lookup table 'units' has no entry for key 'ZZ'", Assert.Single(preview.Errors).Message);
    }

    [Fact]
    public void Preview_ConvertUnit_UsesItemConversionsThenTable()
    {
        var sut = TestEngine.Create(Catalog());
        var preview = sut.Preview(TestEngine.Document("""
            [
              { "target": "eachFromCases", "expression": "=convertUnit(2, 'CS', 'EA', { CS: 12 })" },
              { "target": "eachFromDozens", "expression": "=convertUnit(1.5, 'DZ', 'EA')" },
              { "target": "casesFromEach", "expression": "=convertUnit(30, 'EA', 'CS', [ { uom: 'CS', factor: 12 } ])" },
              { "target": "mixed", "expression": "=convertUnit(1, 'KG', 'EA')" }
            ]
            """), Order);

        Assert.Equal("""{"eachFromCases":24,"eachFromDozens":18,"casesFromEach":2.5}""", preview.Output!.ToJsonString());
        Assert.Contains("different things", Assert.Single(preview.Errors).Message);
    }

    [Fact]
    public void Preview_TargetSchemaErrors_CarryTargetSourceAndRule()
    {
        var catalog = Catalog();
        catalog.AddSchema("order", """
            { "type": "object", "required": ["number", "lines"], "properties": {
                "number": { "type": "string" },
                "lines": { "type": "array", "items": { "type": "object", "required": ["sku", "qty"], "properties": { "sku": { "type": "string" }, "qty": { "type": "integer", "minimum": 1 } } } } } }
            """);
        var sut = TestEngine.Create(catalog);
        var doc = TestEngine.Document("""
            [ { "target": "number", "source": "missing" }, { "target": "lines", "forEach": "items", "rules": [ { "target": "sku", "source": "sku" }, { "target": "qty", "source": "qty" } ] } ]
            """, targetSchema: "order");

        var preview = sut.Preview(doc, Order);

        Assert.Contains(preview.Errors, e => e.Kind == MappingErrorKind.Schema && e.TargetPath == "$.number" && e.Rule == "$.rules[0]" && e.Message.Contains("'number' is required"));
        Assert.Contains(preview.Errors, e => e.TargetPath == "$.lines[1].qty" && e.SourcePath == "$.items[1].qty" && e.Rule == "$.rules[1].rules[1]" && e.Message.Contains("below the minimum 1"));
    }

    [Fact]
    public void Map_UnknownMapping_ThrowsPlatformMappingException()
    {
        var sut = TestEngine.Create(Catalog());

        var e = Assert.Throws<MappingException>(() => sut.Map("nope", Order));

        Assert.Equal(ErrorCategory.Platform, e.Category);
        Assert.Contains("there is no mapping 'nope'", e.Message);
    }

    [Fact]
    public void Map_CatalogMapping_IsDeterministicAndDoesNotModifySource()
    {
        var catalog = Catalog();
        catalog.AddMapping("""{ "id": "m", "name": "M", "rules": [ { "target": "lines", "forEach": "items", "rules": [ { "target": "sku", "source": "sku" }, { "target": "when", "expression": "=today()" } ] } ] }""");
        var sut = TestEngine.Create(catalog);
        var before = Order.ToJsonString();

        var first = sut.Map("m", Order).ThrowIfFailed().ToJsonString();
        var second = sut.Map("m", Order).ThrowIfFailed().ToJsonString();

        Assert.Equal(first, second);
        Assert.Contains("\"when\":\"2025-03-14\"", first);
        Assert.Equal(before, Order.ToJsonString());
    }

    [Fact]
    public void Validate_UnknownLookupAndSchema_ReportsEachWithPath()
    {
        var sut = TestEngine.Create(Catalog());
        var doc = TestEngine.Document("""[ { "target": "uom", "source": "unit", "lookup": "nope" } ]""", targetSchema: "missing-schema");

        var errors = sut.Validate(doc);

        Assert.Contains(errors, e => e.Path == "$.targetSchema" && e.Message.Contains("no schema 'missing-schema'"));
        Assert.Contains(errors, e => e.Path == "$.rules[0].lookup" && e.Message.Contains("no lookup table 'nope'"));
    }
}
