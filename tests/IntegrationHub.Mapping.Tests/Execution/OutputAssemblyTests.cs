using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Documents;

namespace IntegrationHub.Mapping.Tests.Execution;

/// <summary>How rules' writes become the output object: property order, overwrites, nesting, conflicts, many properties.</summary>
public sealed class OutputAssemblyTests
{
    private static readonly JsonNode Source = TestEngine.Json("""{ "a": "A", "b": "B", "flag": true, "address": { "city": "Springfield", "zip": "62701" } }""");

    [Fact]
    public void Map_ConditionalOverwrite_KeepsTheFirstPositionAndTheLastValue()
    {
        var sut = TestEngine.Create();
        var doc = TestEngine.Document("""
            [
              { "target": "x", "source": "a" },
              { "target": "nested.one", "source": "a" },
              { "target": "y", "source": "b" },
              { "target": "x", "source": "b", "when": "=input.flag" },
              { "target": "nested.two", "source": "b" }
            ]
            """);

        var output = sut.Preview(doc, Source).Output!;

        Assert.Equal("""{"x":"B","nested":{"one":"A","two":"B"},"y":"B"}""", output.ToJsonString());
    }

    [Fact]
    public void Map_WriteIntoCopiedObjectAndReplaceNestedObject_BehaveLikeJsonObjectWrites()
    {
        var sut = TestEngine.Create();
        var doc = TestEngine.Document("""
            [
              { "target": "shipTo", "source": "address" },
              { "target": "shipTo.country", "value": "US" },
              { "target": "temp.a", "source": "a" },
              { "target": "temp", "value": "flat", "when": "=input.flag" }
            ]
            """);

        var preview = sut.Preview(doc, Source);

        Assert.Empty(preview.Errors);
        Assert.Equal("""{"shipTo":{"city":"Springfield","zip":"62701","country":"US"},"temp":"flat"}""", preview.Output!.ToJsonString());
        Assert.Equal("""{"city":"Springfield","zip":"62701"}""", Source["address"]!.ToJsonString());
    }

    [Fact]
    public void Map_WriteIntoAScalar_FailsThatRuleAndKeepsTheOthers()
    {
        var sut = TestEngine.Create();
        var doc = TestEngine.Document("""[ { "target": "code", "source": "a" }, { "target": "code.part", "source": "b", "when": "=true" }, { "target": "after", "value": 1 } ]""");

        var preview = sut.Preview(doc, Source);

        var error = Assert.Single(preview.Errors);
        Assert.Equal(("$.code.part", "$.rules[1]"), (error.TargetPath, error.Rule));
        Assert.Contains("cannot write into 'code'", error.Message);
        Assert.Equal("""{"code":"A","after":1}""", preview.Output!.ToJsonString());
    }

    [Fact]
    public void Map_ManyPropertiesAndOverwrites_KeepRuleOrder()
    {
        var sut = TestEngine.Create();
        var rules = Enumerable.Range(0, 60).Select(i => $$"""{ "target": "f{{i}}", "value": {{i}} }""")
            .Append("""{ "target": "f7", "value": "seven", "when": "=true" }""")
            .Append("""{ "target": "f45", "value": "forty-five", "when": "=true" }""");
        var doc = TestEngine.Document($"[ {string.Join(", ", rules)} ]");

        var output = sut.Preview(doc, Source).Output!.AsObject();

        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"f{i}"), output.Select(p => p.Key));
        Assert.Equal(("seven", "forty-five", 59L), ((string)output["f7"]!, (string)output["f45"]!, (long)output["f59"]!));
    }

    [Fact]
    public void MapDocument_TwoVersionsOfOneMapping_EachRunsItsOwnRules()
    {
        var sut = TestEngine.Create(new MappingCatalog());
        var first = MappingDocument.Parse("""{ "id": "m", "name": "M", "rules": [ { "target": "v", "value": 1 } ] }""");
        var second = MappingDocument.Parse("""{ "id": "m", "name": "M", "rules": [ { "target": "v", "value": 2 } ] }""");

        var results = new[] { first, second, first, second }.Select(d => sut.Map(d, Source, null).ThrowIfFailed().ToJsonString()).ToList();

        Assert.Equal(["""{"v":1}""", """{"v":2}""", """{"v":1}""", """{"v":2}"""], results);
    }

    [Fact]
    public void Map_SameSourceTwice_GivesIdenticalOutput()
    {
        var catalog = new MappingCatalog();
        catalog.AddLookup("""{ "id": "codes", "onMissing": "passThrough", "entries": { "A": "Alpha" } }""");
        var sut = TestEngine.Create(catalog);
        var doc = MappingDocument.Parse("""
            { "id": "d", "name": "D", "rules": [ { "target": "code", "source": "a", "lookup": "codes" }, { "target": "lines", "forEach": "$.list", "rules": [ { "target": "n", "expression": "=index * 2" } ] } ] }
            """);
        var source = TestEngine.Json("""{ "a": "A", "list": [ {}, {}, {} ] }""");

        var first = sut.Map(doc, source, null).ThrowIfFailed().ToJsonString();
        var second = sut.Map(doc, source, null).ThrowIfFailed().ToJsonString();

        Assert.Equal("""{"code":"Alpha","lines":[{"n":0},{"n":2},{"n":4}]}""", first);
        Assert.Equal(first, second);
    }
}
