using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Sdk.Tests;

public sealed class ConnectorSchemaGeneratorTests
{
    [Fact]
    public void Generate_SettingsType_MarksSecretsWriteOnlyAndAddsDescriptions()
    {
        var schema = ConnectorSchemaGenerator.Generate(typeof(SampleSettings));

        Assert.Equal("object", schema["type"]?.GetValue<string>());
        Assert.Equal("Sample settings.", schema["description"]?.GetValue<string>());
        var properties = schema["properties"]!.AsObject();
        Assert.Equal("Where to go.", properties["endpoint"]!["description"]!.GetValue<string>());
        Assert.True(properties["apiKey"]!["writeOnly"]!.GetValue<bool>());
        Assert.True(properties["apiKey"]!["x-secret"]!.GetValue<bool>());
        Assert.Null(properties["endpoint"]!["writeOnly"]);
        Assert.Contains("endpoint", schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Generate_InputType_RequiresNonOptionalParametersOnly()
    {
        var schema = ConnectorSchemaGenerator.Generate(typeof(EchoInput));

        var required = schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Equal(["text"], required);
        Assert.Equal("Text to echo.", schema["properties"]!["text"]!["description"]!.GetValue<string>());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void Generate_AnyJson_ReturnsOpenSchema()
    {
        var schema = ConnectorSchemaGenerator.Generate(typeof(JsonNode));

        Assert.Single(schema);
    }

    [Fact]
    public void Descriptor_OperationSchemas_ComeFromTypes()
    {
        var definition = ConnectorDefinition.Create(new SampleConnector());

        var echo = definition.Descriptor.Operations.Single(o => o.Name == "echo");
        Assert.NotNull(echo.InputSchema["properties"]!["times"]);
        Assert.NotNull(echo.OutputSchema["properties"]!["text"]);
    }
}
