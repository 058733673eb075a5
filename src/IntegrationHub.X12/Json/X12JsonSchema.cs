using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.X12.Specs;

namespace IntegrationHub.X12.Json;

/// <summary>Generates the JSON Schema (draft 2020-12) of a transaction set's JSON form from its spec.</summary>
public static class X12JsonSchema
{
    /// <summary>Generates the schema.</summary>
    /// <param name="spec">The set spec.</param>
    /// <returns>The schema document.</returns>
    public static JsonObject Generate(X12TransactionSetSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var defs = new JsonObject
        {
            ["element"] = new JsonObject
            {
                ["description"] = "A simple value (string; numbers are accepted on input), a composite (array of component strings) or a repeated element (array of repetitions, each an array of components).",
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = new JsonArray("string", "number") },
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("string", "number") } },
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("string", "number") } } }),
            },
            ["anySegment"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "A segment not defined at this position, kept as-is.",
                ["propertyNames"] = new JsonObject { ["pattern"] = "^[A-Z0-9]{2,3}[0-9]{2}$" },
                ["additionalProperties"] = new JsonObject { ["$ref"] = "#/$defs/element" },
            },
        };
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://integrationhub.dev/schemas/x12-{spec.Id}.schema.json",
            ["title"] = $"X12 {spec.Id} {spec.Name} (JSON form)",
            ["description"] = "Generated from the IntegrationHub.X12 spec (hub edi schema " + spec.Id + "); see docs/x12-json.md.",
        };
        var body = LoopObject(spec.Body, defs, spec.NestHierarchicalLoops);
        var props = new JsonObject
        {
            ["envelope"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["ISA"] = Isa(), ["GS"] = Segment("GS", 1) },
                ["additionalProperties"] = false,
            },
            ["ST"] = Segment("ST", 1),
        };
        foreach (var (k, v) in ((JsonObject)body["properties"]!).ToList())
        {
            props[k] = v?.DeepClone();
        }

        props["SE"] = Segment("SE", 1);
        root["type"] = "object";
        root["required"] = new JsonArray("ST");
        root["properties"] = props;
        root["patternProperties"] = body["patternProperties"]!.DeepClone();
        root["additionalProperties"] = false;
        root["$defs"] = defs;
        return root;
    }

    private static JsonObject LoopObject(X12LoopSpec loop, JsonObject defs, bool nestHl)
    {
        var props = new JsonObject();
        var required = new JsonArray();
        foreach (var entry in loop.Entries)
        {
            if (entry is X12LoopSpec child)
            {
                JsonObject items;
                if (child.Id == "HLLoop" && nestHl)
                {
                    if (!defs.ContainsKey("HLLoop"))
                    {
                        defs["HLLoop"] = new JsonObject();
                        var hl = LoopObject(child, defs, nestHl);
                        ((JsonObject)hl["properties"]!)["HLLoop"] = new JsonObject
                        {
                            ["type"] = "array",
                            ["description"] = "Child levels (HL02 = this HL01).",
                            ["items"] = new JsonObject { ["$ref"] = "#/$defs/HLLoop" },
                        };
                        defs["HLLoop"] = hl;
                    }

                    items = new JsonObject { ["$ref"] = "#/$defs/HLLoop" };
                }
                else
                {
                    items = LoopObject(child, defs, nestHl);
                }

                var array = new JsonObject { ["type"] = "array", ["description"] = $"Loop starting with {child.StartSegmentId}", ["items"] = items };
                if (child.MinUse > 0)
                {
                    array["minItems"] = child.MinUse;
                    required.Add(child.Id);
                }

                props[child.Id] = array;
            }
            else if (!props.ContainsKey(entry.Id))
            {
                props[entry.Id] = Segment(entry.Id, entry.MaxUse);
                if (entry.MinUse > 0)
                {
                    required.Add(entry.Id);
                }
            }
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = props,
            ["required"] = required,
            ["patternProperties"] = new JsonObject
            {
                ["^[A-Z0-9]{2,3}$"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/anySegment" } },
            },
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Segment(string id, int maxUse)
    {
        var o = new JsonObject
        {
            ["type"] = "object",
            ["propertyNames"] = new JsonObject { ["pattern"] = $"^{id}[0-9]{{2}}$" },
            ["additionalProperties"] = new JsonObject { ["$ref"] = "#/$defs/element" },
        };
        if (X12Specs.TryGetSegment(id, out var spec))
        {
            o["description"] = spec.Name;
            var props = new JsonObject();
            var required = new JsonArray();
            for (var n = 1; n <= spec.Elements.Count; n++)
            {
                var e = spec.Elements[n - 1];
                var key = id + n.ToString("00", CultureInfo.InvariantCulture);
                props[key] = new JsonObject { ["$ref"] = "#/$defs/element", ["description"] = $"{e.Name} ({e.Type}, {e.MinLength}-{e.MaxLength})" };
                if (e.Required)
                {
                    required.Add(key);
                }
            }

            o["properties"] = props;
            if (required.Count > 0)
            {
                o["required"] = required;
            }
        }

        if (maxUse == 1)
        {
            // A single-use segment that occurs more than once in the input is written as an array so that nothing is lost.
            return new JsonObject { ["anyOf"] = new JsonArray(o, new JsonObject { ["type"] = "array", ["items"] = o.DeepClone() }) };
        }

        return new JsonObject { ["type"] = "array", ["items"] = o };
    }

    private static JsonObject Isa()
    {
        var props = new JsonObject();
        var required = new JsonArray();
        for (var n = 1; n <= 16; n++)
        {
            var key = "ISA" + n.ToString("00", CultureInfo.InvariantCulture);
            props[key] = new JsonObject { ["type"] = "string" };
            required.Add(key);
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "Interchange header; values without their fixed-width padding (the generator pads them).",
            ["properties"] = props,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
    }
}
