using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace IntegrationHub.Connectors.Sdk;

/// <summary>Generates the JSON Schemas the designer shows for settings, inputs and outputs.</summary>
/// <remarks>
/// Uses <see cref="JsonSchemaExporter"/> with <see cref="ConnectorJson.SerializerOptions"/>, adds <c>description</c> from
/// <see cref="DescriptionAttribute"/> (on types, properties or record parameters) and marks <see cref="SecretAttribute"/>
/// properties with <c>"writeOnly": true</c> and <c>"x-secret": true</c>.
/// </remarks>
public static class ConnectorSchemaGenerator
{
    private static readonly JsonSchemaExporterOptions ExporterOptions = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = Transform,
    };

    /// <summary>Generates the JSON Schema of a type.</summary>
    /// <param name="type">The settings, input or output type.</param>
    /// <returns>A new schema object the caller owns.</returns>
    public static JsonObject Generate(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var node = ConnectorJson.SerializerOptions.GetJsonSchemaAsNode(type, ExporterOptions);
        if (node is JsonObject schema)
        {
            schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            return schema;
        }

        // A type that accepts any JSON (object, JsonNode) exports as the boolean schema `true`.
        return new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema" };
    }

    internal static bool IsSecret(ICustomAttributeProvider? property, ICustomAttributeProvider? parameter) =>
        property?.IsDefined(typeof(SecretAttribute), true) == true || parameter?.IsDefined(typeof(SecretAttribute), true) == true;

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        string? description;
        var secret = false;
        if (context.PropertyInfo is { } property)
        {
            var parameter = property.AssociatedParameter?.AttributeProvider;
            description = DescriptionOf(property.AttributeProvider) ?? DescriptionOf(parameter);
            secret = IsSecret(property.AttributeProvider, parameter);
        }
        else
        {
            description = context.TypeInfo.Type.GetCustomAttribute<DescriptionAttribute>()?.Description;
        }

        if (description is null && !secret)
        {
            return schema;
        }

        var result = schema as JsonObject ?? new JsonObject();
        if (description is not null)
        {
            result["description"] = description;
        }

        if (secret)
        {
            result["writeOnly"] = true;
            result["x-secret"] = true;
        }

        return result;
    }

    private static string? DescriptionOf(ICustomAttributeProvider? provider) =>
        provider?.GetCustomAttributes(typeof(DescriptionAttribute), true).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
}
