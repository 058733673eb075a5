using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Lookups;

namespace IntegrationHub.Mapping.Tests.Lookups;

public sealed class LookupTableTests
{
    private static LookupTable Create(string onMissing) =>
        new MappingCatalog().AddLookup($$"""{ "id": "t", "onMissing": "{{onMissing}}", "default": "DEF", "ignoreCase": true, "entries": { "A": "x", "1": "one" } }""");

    [Fact]
    public void Resolve_HitIgnoringCaseAndNumericKey_ReturnsCopyOfEntry()
    {
        var table = Create("error");

        Assert.Equal("x", table.Resolve(JsonValue.Create("a"))!.GetValue<string>());
        Assert.Equal("one", table.Resolve(JsonValue.Create(1))!.GetValue<string>());
        Assert.Null(table.Resolve(null));
    }

    [Theory]
    [InlineData("default", "DEF")]
    [InlineData("passThrough", "zz")]
    public void Resolve_Miss_AppliesOnMissing(string onMissing, string expected)
    {
        Assert.Equal(expected, Create(onMissing).Resolve(JsonValue.Create("zz"))!.GetValue<string>());
    }

    [Fact]
    public void Resolve_MissWithError_ThrowsNamingTableAndKey()
    {
        var e = Assert.Throws<LookupMissException>(() => Create("error").Resolve(JsonValue.Create("zz")));

        Assert.Equal(("t", "zz"), (e.Table, e.Key));
    }

    [Fact]
    public void AddLookup_InvalidTable_ReportsSchemaErrors()
    {
        var e = Assert.Throws<MappingValidationException>(() => new MappingCatalog().AddLookup("""{ "id": "t", "onMissing": "maybe" }""", "t.json"));

        Assert.Contains(e.Errors, x => x.Message.Contains("'entries' is required"));
        Assert.Contains(e.Errors, x => x.Path == "$.onMissing" && x.Message.Contains("must be one of"));
    }
}
