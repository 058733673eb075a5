using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Validation;

namespace IntegrationHub.Mapping.Tests.Validation;

/// <summary>
/// The compiled schema checks may only ever say "valid" where NJsonSchema finds no error: checked here on every shipped
/// schema, its sample and thousands of broken variants of it (a removed field, a wrong type, an empty or over-long
/// string, an unknown property, out-of-range numbers, empty arrays).
/// </summary>
public sealed class CompiledSchemaTests
{
    private static readonly string Flows = Path.Combine(AppContext.BaseDirectory, "flows");

    private static readonly Lazy<MappingCatalog> Shipped = new(() => MappingCatalog.LoadDirectory(Flows));

    public static TheoryData<string> SchemasWithSamples() =>
        [.. Shipped.Value.Schemas.Select(s => s.Id).Where(id => File.Exists(Path.Combine(Flows, "samples", id + ".json"))).Order(StringComparer.Ordinal)];

    [Fact]
    public void TryCompile_ShippedSchemas_AllCompile()
    {
        var uncompiled = Shipped.Value.Schemas.Where(s => s.Checks is null).Select(s => s.Id).ToList();

        Assert.Empty(uncompiled);
    }

    [Theory]
    [MemberData(nameof(SchemasWithSamples))]
    public void Accepts_SampleAndBrokenVariants_NeverAcceptsWhatNJsonSchemaRejects(string schemaId)
    {
        var schema = Shipped.Value.FindSchema(schemaId)!;
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Flows, "samples", schemaId + ".json")))!;
        var variants = Variants(sample).ToList();
        var confirmed = 0;

        foreach (var (description, variant) in variants)
        {
            var accepted = schema.Checks!.Accepts(variant);
            var rejections = Rejections(schema, variant);
            Assert.False(accepted && rejections.Length > 0, $"{schemaId}: accepted {description}, which NJsonSchema rejects: {rejections}");
            confirmed += accepted ? 1 : 0;
        }

        // Completeness matters for speed only, but a valid sample must take the fast path.
        Assert.True(Rejections(schema, sample).Length > 0 || schema.Checks!.Accepts(sample), $"{schemaId}: its valid sample is not confirmed");
        Assert.True(variants.Count > 20, $"{schemaId}: only {variants.Count} variants");
        Assert.InRange(confirmed, 0, variants.Count - 1);
    }

    [Fact]
    public void Accepts_QuirksOfNJsonSchema_AreNotAccepted()
    {
        var schema = SchemaDocument.Parse("quirks", """
            { "type": ["object", "string"], "required": ["a"], "properties": { "a": { "type": "integer", "exclusiveMinimum": 0 },
              "e": { "enum": ["x", 1, null] }, "d": { "type": "string", "format": "date" } } }
            """);

        // NJsonSchema reports 'a' missing even on a string; null is not in its enum; 1.0 is not an integer token; 2025-02-30 is no date.
        Assert.Equal([false, true, false, false, false, false, true, true], new JsonNode?[]
        {
            JsonValue.Create("text"),
            JsonNode.Parse("""{ "a": 1 }"""),
            JsonNode.Parse("""{ "a": 0 }"""),
            JsonNode.Parse("""{ "a": 1, "e": null }"""),
            JsonNode.Parse("""{ "a": 1.0 }"""),
            JsonNode.Parse("""{ "a": 1, "d": "2025-02-30" }"""),
            JsonNode.Parse("""{ "a": 1, "d": "2025-02-28", "e": 1 }"""),
            JsonNode.Parse("""{ "a": 1, "e": "x" }"""),
        }.Select(v => schema.Checks!.Accepts(v)));
        Assert.All(new[] { JsonValue.Create("text"), JsonNode.Parse("""{ "a": 0 }"""), JsonNode.Parse("""{ "a": 1.0 }""") }, v => Assert.NotEmpty(schema.ValidateNode(v)));
    }

    [Fact]
    public void TryCompile_KeywordsNotImplemented_LeaveTheSchemaToNJsonSchema()
    {
        Assert.Null(CompiledSchema.TryCompile("""{ "type": "object", "oneOf": [ { "required": ["a"] }, { "required": ["b"] } ] }"""));
        Assert.Null(CompiledSchema.TryCompile("""{ "type": "number", "multipleOf": 0.5 }"""));
        Assert.Null(CompiledSchema.TryCompile("""{ "type": "string", "format": "uri" }"""));
        Assert.Null(CompiledSchema.TryCompile("""{ "type": "array", "items": [ { "type": "string" } ] }"""));
        Assert.Null(CompiledSchema.TryCompile("""{ "$ref": "other.json#/definitions/x" }"""));
        Assert.NotNull(CompiledSchema.TryCompile("""{ "definitions": { "node": { "type": "object", "properties": { "child": { "$ref": "#/definitions/node" } } } }, "$ref": "#/definitions/node" }"""));
    }

    /// <summary>NJsonSchema's errors as text; empty when it accepts the value. Its failures (an unresolved reference) count as rejections.</summary>
    private static string Rejections(SchemaDocument schema, JsonNode value)
    {
        try
        {
            return string.Join("; ", schema.ValidateNode(value).Select(e => $"{e.Path} {e.Kind}"));
        }
        catch (InvalidOperationException e)
        {
            return "NJsonSchema failed: " + e.Message;
        }
    }

    /// <summary>The sample, then one broken copy per field and kind of damage.</summary>
    private static IEnumerable<(string Description, JsonNode Value)> Variants(JsonNode sample)
    {
        yield return ("the sample", sample.DeepClone());
        foreach (var (path, node) in Walk(sample, "$"))
        {
            foreach (var (damage, replacement) in Damages(node))
            {
                yield return ($"{path}: {damage}", Replace(sample, path, replacement));
            }

            if (node.Parent is JsonObject)
            {
                yield return ($"{path}: removed", Replace(sample, path, null, remove: true));
            }

            if (node is JsonObject)
            {
                var copy = sample.DeepClone();
                ((JsonObject)Find(copy, path)!)["unexpectedProperty"] = "x";
                yield return ($"{path}: unknown property added", copy);
            }
        }
    }

    private static IEnumerable<(string Damage, JsonNode? Replacement)> Damages(JsonNode node)
    {
        switch (node)
        {
            case JsonObject:
                yield return ("object replaced by a string", JsonValue.Create("x"));
                yield return ("object emptied", new JsonObject());
                break;
            case JsonArray:
                yield return ("array emptied", new JsonArray());
                yield return ("array replaced by an object", new JsonObject());
                break;
            default:
                var kind = node.GetValueKind();
                yield return ("set to null", null);
                if (kind == System.Text.Json.JsonValueKind.String)
                {
                    yield return ("empty string", JsonValue.Create(string.Empty));
                    yield return ("long string", JsonValue.Create(new string('x', 300)));
                    yield return ("string replaced by a number", JsonValue.Create(7));
                    yield return ("odd text", JsonValue.Create("2025-13-45T99:99"));
                }
                else
                {
                    yield return ("replaced by a string", JsonValue.Create("12"));
                    yield return ("negative", JsonValue.Create(-1));
                    yield return ("zero", JsonValue.Create(0));
                    yield return ("fraction", JsonValue.Create(1.5m));
                    yield return ("integral decimal", JsonValue.Create(2.0m));
                    yield return ("huge", JsonNode.Parse("1e40"));
                }

                break;
        }
    }

    private static IEnumerable<(string Path, JsonNode Node)> Walk(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (child is not null)
                    {
                        yield return ($"{path}.{name}", child);
                        foreach (var inner in Walk(child, $"{path}.{name}"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } child)
                    {
                        yield return ($"{path}[{i}]", child);
                        foreach (var inner in Walk(child, $"{path}[{i}]"))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }

    private static JsonNode Replace(JsonNode sample, string path, JsonNode? replacement, bool remove = false)
    {
        var copy = sample.DeepClone();
        var target = Find(copy, path)!;
        switch (target.Parent)
        {
            case JsonObject parent:
                var name = target.GetPropertyName();
                if (remove)
                {
                    parent.Remove(name);
                }
                else
                {
                    parent[name] = replacement;
                }

                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }

        return copy;
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (System.Text.RegularExpressions.Match segment in System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]"))
        {
            node = segment.Groups[1].Success ? node![segment.Groups[1].Value] : node![int.Parse(segment.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)];
        }

        return node;
    }
}
