using System.Text.Json.Nodes;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Expressions;
using IntegrationHub.Mapping.Sandbox;

namespace IntegrationHub.Mapping.Tests.Execution;

/// <summary>
/// The fast paths must be invisible: every expression the C# evaluator accepts gives exactly what the sandbox
/// gives (or hands the case back to the sandbox), and token-based schema validation reports exactly what
/// validating the JSON text reports.
/// </summary>
public sealed class FastPathTests
{
    private static readonly string[] Parameters = ["input", "item", "index", "parent", "vars", "line"];

    private static readonly JsonNode Input = TestEngine.Json("""
        {
          "ref": "SO-1", "placedIso": "2025-03-01", "placed": "20250301", "stamp": "2025-03-01T10:00:00Z", "dropShip": "N",
          "qty": "12", "blank": "  ", "empty": "", "zero": 0, "neg": -3.5, "big": 12345678901234567890, "flag": true, "none": null,
          "nested": { "a": { "b": [1, 2, { "c": "deep" }] } }, "list": [10, 20, 30],
          "conversions": [ { "uom": "CS", "factor": 24 }, { "uom": "PK", "factor": "6" } ], "own": { "CS": 12, "BAD": 0, "TXT": "x" },
          "deepNull": { "x": null }, "constructor": "own-property"
        }
        """);

    private static readonly JsonNode Line = TestEngine.Json("""{ "sku": "A-1", "qty": "3", "unit": "CA", "pack": 12, "price": "4.25", "n": 7 }""");

    public static TheoryData<string> Expressions() =>
    [
        // literals, names, members
        "='x'", "=12", "=1.5", "=true", "=null", "=undefined", "=NaN", "=Infinity", "=-0",
        "=input.ref", "=input['ref']", "=input.missing", "=input.none", "=input.nested.a.b[2].c", "=input.nested.a.b[5]",
        "=input.list[0]", "=input.list.length", "=input.ref.length", "=input.big", "=input.neg", "=index", "=parent",
        "=input.constructor", "=line.constructor", "=line.toString", "=line.hasOwnProperty", "=input.__proto__",
        "=input.missing.x", "=input.none.x", "=input.ref.x", "=input.list.map", "=input.nested", "=input.list",
        // operators
        "=index + 1", "=line.qty + 1", "=1 + line.qty", "=line.n + 1", "=line.sku + '-' + index", "=input.flag + 1", "=input.none + 1",
        "=line.missing + 1", "='a' + input.none", "='a' + undefined", "=0.1 + 0.2", "=1e21 + 1", "=line.n * 2.5", "=line.n / 0",
        "=-line.n / 0", "=0 / 0", "=line.n % 3", "=-7 % 3", "=line.qty - 1", "=line.qty * '2'", "=+line.qty", "=-line.qty", "=+input.blank",
        "=line.unit === 'CA'", "=line.unit !== 'CA'", "=line.n === 7", "=line.qty == 3", "=line.qty === 3", "=input.none == undefined",
        "=input.none === undefined", "=input.flag == 1", "=input.zero == ''", "=input.zero == false", "=line.qty < 10", "=line.qty < '10'",
        "='b' > 'a'", "=input.neg >= -3.5", "=NaN <= NaN", "=!line.sku", "=!input.empty", "=!!input.list", "=typeof line.qty",
        "=typeof input.none", "=typeof input.nested", "=typeof line.missing", "=typeof index",
        "=input.dropShip === 'Y' ? null : 'WH-EAST'", "=input.empty || 'default'", "=input.zero ?? 5", "=input.none ?? 5",
        "=line.sku && line.qty", "=input.empty && line.qty", "=input.list && 1", "=input.nested || 1", "=line === item", "=input.nested === input.nested",
        // helpers
        "=Number(line.qty)", "=Number(input.blank)", "=Number('0x1F')", "=Number(' 12.5e1 ')", "=Number('abc')", "=Number(input.none)", "=Number()",
        "=Number(input.nested)", "=String(line.n)", "=String(1e21)", "=String(input.none)", "=String()",
        "=addDays(input.placedIso, 3)", "=addDays(input.stamp, -1)", "=addDays(input.placed, 1)", "=addDays(input.none, 1)", "=addDays(input.placedIso, 'x')",
        "=addDays(input.placedIso, 1.5)",
        "=convertUnit(Number(line.qty), line.unit === 'CA' ? 'CS' : line.unit, 'EA', { CS: line.pack })",
        "=convertUnit(line.qty, 'CS', 'EA', { CS: line.pack })", "=convertUnit(2, 'CS', 'EA', input.conversions)",
        "=convertUnit(2, 'PK', 'EA', input.conversions)", "=convertUnit(2, 'CS', 'EA', input.own)", "=convertUnit(2, 'BAD', 'EA', input.own)",
        "=convertUnit(2, 'TXT', 'EA', input.own)", "=convertUnit(2, 'DZ', 'EA')", "=convertUnit(2, 'KG', 'EA')", "=convertUnit(2, 'XX', 'EA')",
        "=convertUnit(null, 'CS', 'EA')", "=convertUnit(2, 1, 'EA')", "=convertUnit(2, 'EA', 'EA')", "=convertUnit('x', 'EA', 'EA')",
        "=convertUnit(2, 'CS', 'EA', { CS: line.missing })", "=convertUnit(2, 'toString', 'EA', { CS: 1 })", "=convertUnit(2, 'CS', 'EA', { CS: 2, CS: 3 })",
        "=convertUnit(2, 'CS', 'EA', { CS: input.nested })", "=convertUnit(2, 'CS', 'EA', 'CS')",
        "=lookup('units', line.unit)", "=lookup('units', 'ZZ')", "=lookup('units', 'ZZ', 'fallback')", "=lookup('units', 'ZZ', input.nested)",
        "=lookup('units-pass', 'ZZ')", "=lookup('units-pass', line.n)", "=lookup('units-default', 'ZZ')", "=lookup('units', input.none)",
        "=lookup('nope', 'CA')", "=lookup(1, 'CA')", "=lookup('objects', 'A')", "=lookup('objects', 'N')",
        "=round(2.345, 2)", "=round(line.price)", "=round(input.none)", "=round(2, 20)", "=toNumber(' 12.50 ')", "=toNumber(input.blank)",
        "=toNumber('x')", "=formatNumber(3, 2)", "=formatNumber(line.price)", "=parseDate(input.placed, 'yyyyMMdd')",
        "=parseDate('202503011530', 'yyyyMMddHHmm')", "=parseDate(input.placed, 'yyyy')", "=parseDate(input.empty, 'yyyyMMdd')",
        "=coalesce(input.none, input.empty, line.sku)", "=coalesce(input.none)", "=coalesce(input.nested, 1)", "=coalesce()",
        // outside the fast subset (must still agree: they run in the sandbox)
        "=[1, 2]", "=input.list.map(x => x * 2)", "=`t${index}`", "=input?.ref", "=Math.max(1, 2)", "=input.nested.a.b.length",
    ];

    [Theory]
    [MemberData(nameof(Expressions))]
    public void FastExpression_AgreesWithSandbox(string expression)
    {
        var catalog = Catalog();
        var options = new MappingOptions();
        var compiled = new ExpressionCompiler(options.RegexTimeout).Compile(expression, Parameters);
        var pool = new SandboxEnginePool(options, TimeProvider.System);
        using var lease = pool.Rent(options.TimeLimit, catalog.FindLookup, CancellationToken.None);
        var engine = lease.Engine;
        JsonNode?[] values = [Input, Line, JsonValue.Create(4), Input, null, Line];

        string sandbox;
        try
        {
            var arguments = values.Select((v, i) => i == 2 ? Jint.Native.JsNumber.Create(4) : JsonBridge.ToJs(engine.Engine, v)).ToArray();
            arguments[4] = Jint.Native.JsValue.Null;
            sandbox = "ok:" + (ExpressionRunner.RunToJson(engine, compiled, arguments, CancellationToken.None)?.ToJsonString() ?? "null");
        }
        catch (ExpressionException e)
        {
            sandbox = "error:" + e.Failure;
        }

        if (compiled.Fast is null)
        {
            return;
        }

        var fastArguments = new FastValue[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            Assert.True(FastValue.TryFrom(values[i], out fastArguments[i]));
        }

        fastArguments[2] = FastValue.Of(Jint.Native.JsNumber.Create(4));
        if (compiled.Fast.TryEvaluate(fastArguments, catalog.FindLookup, out var value) && FastExpression.TryToJson(value, out var json))
        {
            Assert.Equal(sandbox, "ok:" + (json?.ToJsonString() ?? "null"));
        }

        // Otherwise the fast path declined and the sandbox's answer (above) is what callers get.
    }

    [Theory]
    [InlineData("=index + 1")]
    [InlineData("=addDays(input.placedIso, 3)")]
    [InlineData("=input.dropShip === 'Y' ? null : 'WH-EAST'")]
    [InlineData("=convertUnit(Number(line.qty), line.unit === 'CA' ? 'CS' : line.unit, 'EA', { CS: line.pack })")]
    [InlineData("=lookup('units', line.unit, 'EA')")]
    [InlineData("=coalesce(line.sku, input.ref) + '-' + round(Number(line.qty) * 1.5, 2)")]
    public void FastExpression_CoversTheCommonShapes(string expression)
    {
        var compiled = new ExpressionCompiler(TimeSpan.FromSeconds(1)).Compile(expression, Parameters);

        Assert.NotNull(compiled.Fast);
    }

    [Fact]
    public void Map_WithAndWithoutFastPath_GivesIdenticalOutputErrorsAndTrace()
    {
        var document = TestEngine.Document("""
            [
              { "target": "orderNumber", "source": "ref" },
              { "target": "requestedDate", "expression": "=addDays(input.placedIso, 3)" },
              { "target": "warehouse", "expression": "=input.dropShip === 'Y' ? null : 'WH-EAST'" },
              { "target": "bad", "expression": "=input.missing.x" },
              { "target": "objectResult", "expression": "=input.nested" },
              { "target": "flagged", "value": 1, "when": "=input.flag && !input.empty" },
              { "target": "skipped", "value": 1, "when": "=input.zero" },
              { "target": "lines", "forEach": "items", "as": "line", "where": "=line.qty > 0", "rules": [
                { "target": "lineNumber", "expression": "=index + 1" },
                { "target": "sku", "source": "sku" },
                { "target": "baseQuantity", "expression": "=convertUnit(Number(line.qty), line.unit === 'CA' ? 'CS' : line.unit, 'EA', { CS: line.pack })" },
                { "target": "uom", "expression": "=lookup('units', line.unit)" },
                { "target": "parentRef", "expression": "=parent.ref + '/' + line.sku" }
              ] }
            ]
            """);
        var source = TestEngine.Json("""
            {
              "ref": "SO-1", "placedIso": "2025-03-01", "dropShip": "N", "flag": true, "empty": "", "zero": 0, "nested": { "a": 1 },
              "items": [
                { "sku": "A", "qty": "2", "unit": "CA", "pack": 12 },
                { "sku": "B", "qty": "0", "unit": "EA", "pack": 1 },
                { "sku": "C", "qty": "5", "unit": "XX", "pack": 1 },
                { "sku": "D", "qty": "x", "unit": "EA" }
              ]
            }
            """);

        var fast = TestEngine.Create(Catalog());
        var slow = TestEngine.Create(Catalog());
        slow.FastExpressions = false;

        var a = fast.Preview(document, source);
        var b = slow.Preview(document, source);

        Assert.Equal(b.Output!.ToJsonString(), a.Output!.ToJsonString());
        Assert.Equal(b.Errors.Select(e => e.ToString()), a.Errors.Select(e => e.ToString()));
        Assert.Equal(
            b.Trace.Select(t => (t.Rule, t.TargetPath, t.SourcePath, t.Value?.ToJsonString(), t.Outcome)),
            a.Trace.Select(t => (t.Rule, t.TargetPath, t.SourcePath, t.Value?.ToJsonString(), t.Outcome)));
        Assert.NotEmpty(a.Errors);
    }

    [Fact]
    public void Map_CancelledToken_StillThrowsWhenOnlyFastExpressionsRun()
    {
        var catalog = Catalog();
        catalog.AddMapping("""{ "id": "fast-only", "name": "Fast", "rules": [ { "target": "n", "expression": "=1 + 1" } ] }""");
        var sut = TestEngine.Create(catalog);

        Assert.ThrowsAny<OperationCanceledException>(() => sut.Map("fast-only", TestEngine.Json("{}"), new CancellationToken(canceled: true)));
    }

    [Theory]
    [InlineData("""{ "n": 12, "d": 4.25, "z": 12.0, "big": 9223372036854775807, "neg": -0, "e": 1e21, "s": "2025-03-01T10:00:00Z", "b": true, "nul": null, "a": [1, 2.5, "x", null, { "q": 0 }] }""")]
    [InlineData("""{ "n": -1, "d": 0, "z": "12", "big": 1.5, "e": -2, "s": 5, "b": "true", "a": {} }""")]
    [InlineData("""[1, 2]""")]
    [InlineData("""null""")]
    public void SchemaValidation_OfTokens_MatchesValidationOfText(string json)
    {
        var schema = SchemaDocument.Parse("t", """
            { "type": "object", "required": ["n", "missing"], "additionalProperties": false,
              "properties": {
                "n": { "type": "integer", "minimum": 0 }, "d": { "type": "number", "exclusiveMinimum": 0 }, "z": { "type": "integer" },
                "big": { "type": "integer" }, "neg": { "type": "integer", "maximum": 0 }, "e": { "type": "number", "maximum": 1000000000000000000000000 },
                "s": { "type": "string", "format": "date-time" }, "b": { "type": "boolean" }, "nul": { "type": ["string", "null"] },
                "a": { "type": "array", "items": { "type": ["number", "string", "null", "object"] } } } }
            """);
        var node = JsonNode.Parse(json);
        var typed = node is JsonObject obj && obj["d"] is not null ? WithClrNumbers(obj) : node;

        foreach (var value in new[] { node, typed })
        {
            var text = IntegrationHub.Mapping.Validation.SchemaErrors.Describe(schema.Compiled.Validate(value?.ToJsonString() ?? "null")).ToList();
            var tokens = IntegrationHub.Mapping.Validation.SchemaErrors.Describe(schema.ValidateNode(value)).ToList();

            Assert.Equal(text, tokens);
        }
    }

    /// <summary>The same values held as CLR numbers (what mappings write), not parsed JSON.</summary>
    private static JsonObject WithClrNumbers(JsonObject source)
    {
        var copy = source.DeepClone().AsObject();
        copy["n"] = JsonValue.Create(12L);
        copy["d"] = JsonValue.Create(4.25m);
        copy["z"] = JsonValue.Create(12.0m);
        copy["e"] = JsonValue.Create(1e21);
        copy["neg"] = JsonValue.Create(-0.0);
        copy["a"] = new JsonArray(JsonValue.Create(1), JsonValue.Create(2.5), JsonValue.Create(3.0), JsonValue.Create(0.1m + 0.2m));
        return copy;
    }

    private static MappingCatalog Catalog()
    {
        var catalog = new MappingCatalog();
        catalog.AddLookup("""{ "id": "units", "onMissing": "error", "entries": { "CA": "CS", "EA": "EA" } }""");
        catalog.AddLookup("""{ "id": "units-default", "onMissing": "default", "default": "EA", "entries": { "CA": "CS" } }""");
        catalog.AddLookup("""{ "id": "units-pass", "onMissing": "passThrough", "entries": { "CA": "CS" } }""");
        catalog.AddLookup("""{ "id": "objects", "onMissing": "error", "entries": { "A": { "x": 1 }, "N": null } }""");
        catalog.AddLookup("""{ "id": "unit-conversions", "onMissing": "error", "entries": { "EA": { "base": "EA", "factor": 1 }, "DZ": { "base": "EA", "factor": 12 }, "KG": { "base": "G", "factor": 1000 } } }""");
        return catalog;
    }
}
