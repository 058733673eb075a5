using IntegrationHub.Mapping.Documents;

namespace IntegrationHub.Mapping.Tests.Documents;

public sealed class MappingDocumentTests
{
    [Fact]
    public void Parse_InvalidDocument_ReportsEveryErrorWithPath()
    {
        var e = Assert.Throws<MappingValidationException>(() => MappingDocument.Parse("""
            { "id": "bad id", "name": "Bad", "rules": [
                { "target": "a" },
                { "target": "b", "source": "x", "value": 1 },
                { "target": "c", "expression": "=input.(" },
                { "target": "d", "source": "items[x]" },
                { "target": "e", "forEach": "items" },
                { "target": "f", "source": "y", "onMissing": "error" },
                { "target": "g", "value": 1, "colour": "red" },
                { "target": "lines", "forEach": "items", "as": "input", "rules": [ { "target": "x", "value": 1 } ] },
                { "target": "h", "value": 1 },
                { "target": "h", "value": 2 }
            ] }
            """, "bad.map.json"));

        var paths = e.Errors.Select(x => (x.Path, x.Message)).ToList();
        Assert.All(e.Errors, x => Assert.Equal("bad.map.json", x.File));
        Assert.Contains(paths, x => x.Path == "$.id" && x.Message.Contains("required form"));
        Assert.Contains(paths, x => x.Path == "$.rules[0]" && x.Message.Contains("exactly one of"));
        Assert.Contains(paths, x => x.Path == "$.rules[1]" && x.Message.Contains("more than one"));
        Assert.Contains(paths, x => x.Path == "$.rules[2].expression" && x.Message.Contains("syntax error"));
        Assert.Contains(paths, x => x.Path == "$.rules[3].source" && x.Message.Contains("index"));
        Assert.Contains(paths, x => x.Path == "$.rules[4]" && x.Message.Contains("needs 'rules'"));
        Assert.Contains(paths, x => x.Path == "$.rules[5].onMissing" && x.Message.Contains("needs a 'lookup'"));
        Assert.Contains(paths, x => x.Path == "$.rules[6].colour" && x.Message.Contains("'colour' is not a known property"));
        Assert.Contains(paths, x => x.Path == "$.rules[7].as" && x.Message.Contains("already a name"));
        Assert.Contains(paths, x => x.Path == "$.rules[9]" && x.Message.Contains("already written by $.rules[8]"));
    }

    [Fact]
    public void Parse_NoRulesYet_IsValidButAnEmptyNestedRuleListIsNot()
    {
        var empty = MappingDocument.Parse("""{ "id": "new-one", "name": "New one", "sourceSchema": "customer", "targetSchema": "customer", "rules": [] }""");
        var e = Assert.Throws<MappingValidationException>(() => MappingDocument.Parse("""{ "id": "m", "name": "M", "rules": [ { "target": "lines", "forEach": "items", "rules": [] } ] }"""));

        Assert.Empty(empty.Rules);
        Assert.Contains(e.Errors, x => x.Path.StartsWith("$.rules[0].rules", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NotJson_ReportsPosition()
    {
        var e = Assert.Throws<MappingValidationException>(() => MappingDocument.Parse("{ \"id\": ", "x.map.json"));

        Assert.Contains("not valid JSON", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void Parse_ValidDocument_ExposesRulesAndStableContentHash()
    {
        const string Text = """{ "id": "m", "name": "M", "targetSchema": "sales-order", "rules": [ { "target": "a", "source": "b", "lookup": "units", "onMissing": "passThrough" } ] }""";

        var first = MappingDocument.Parse(Text);
        var second = MappingDocument.Parse(Text);

        var rule = Assert.Single(first.Rules);
        Assert.Equal((MappingRuleKind.Source, "units", IntegrationHub.Mapping.Lookups.LookupMissingBehavior.PassThrough), (rule.Kind, rule.Lookup, rule.OnMissing));
        Assert.Equal("sales-order", first.TargetSchema);
        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.NotEqual(first.ContentHash, MappingDocument.Parse(Text.Replace("\"b\"", "\"c\"")).ContentHash);
    }
}
