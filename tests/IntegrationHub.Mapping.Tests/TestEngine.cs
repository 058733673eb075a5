using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Documents;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Mapping.Tests;

/// <summary>Builds engines over small inline catalogs.</summary>
internal static class TestEngine
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static MappingEngine Create(MappingCatalog? catalog = null, Action<MappingOptions>? configure = null)
    {
        var options = new MappingOptions();
        configure?.Invoke(options);
        return new MappingEngine(catalog ?? new MappingCatalog(), options, new FakeTimeProvider(Now));
    }

    public static MappingDocument Document(string rules, string? targetSchema = null) =>
        MappingDocument.Parse($$"""
            { "id": "test", "name": "Test"{{(targetSchema is null ? "" : $", \"targetSchema\": \"{targetSchema}\"")}}, "rules": {{rules}} }
            """);

    public static JsonNode Json(string text) => JsonNode.Parse(text)!;
}
