using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Expressions;

namespace IntegrationHub.Mapping.Tests.Expressions;

public sealed class JintExpressionEvaluatorTests
{
    private static readonly ExpressionScope Scope = new ExpressionScope()
        .With("input", TestEngine.Json("""{ "order": { "number": "SO-1", "lines": [ { "qty": 2, "price": 1.25 }, { "qty": 3, "price": 2 } ] } }"""))
        .With("vars", TestEngine.Json("""{ "warehouse": "WH-EAST" }"""))
        .With("steps", TestEngine.Json("""{ "credit": { "output": { "approved": true } } }"""))
        .With("run", TestEngine.Json("""{ "id": "r-1" }"""))
        .With("line", TestEngine.Json("""{ "sku": "A-1" }"""));

    private static IExpressionEvaluator CreateSut(Action<MappingOptions>? configure = null)
    {
        var catalog = new MappingCatalog();
        catalog.AddLookup("""{ "id": "carriers", "onMissing": "passThrough", "entries": { "UPSN": "UPS" } }""");
        return TestEngine.Create(catalog, configure).Expressions;
    }

    [Theory]
    [InlineData("=input.order.number", "\"SO-1\"")]
    [InlineData("=sum(input.order.lines, l => l.qty * l.price)", "8.5")]
    [InlineData("=vars.warehouse + '/' + line.sku", "\"WH-EAST/A-1\"")]
    [InlineData("=steps.credit.output.approved", "true")]
    [InlineData("=({ id: run.id, n: [1, 2] })", "{\"id\":\"r-1\",\"n\":[1,2]}")]
    [InlineData("=undefined", null)]
    [InlineData("=new Date(Date.UTC(2025, 0, 2))", "\"2025-01-02T00:00:00.000Z\"")]
    [InlineData("=now()", "\"2025-03-14T09:30:00.000Z\"")]
    [InlineData("=new Date().toISOString()", "\"2025-03-14T09:30:00.000Z\"")]
    [InlineData("=today()", "\"2025-03-14\"")]
    [InlineData("=formatDate('2025-03-01', 'yyyyMMdd')", "\"20250301\"")]
    [InlineData("=parseDate('20250301', 'yyyyMMdd')", "\"2025-03-01\"")]
    [InlineData("=parseDate('202503011530', 'yyyyMMddHHmm')", "\"2025-03-01T15:30:00Z\"")]
    [InlineData("=addDays('2025-02-27', 3)", "\"2025-03-02\"")]
    [InlineData("=round(2.345, 2)", "2.35")]
    [InlineData("=toNumber(' 12.50 ')", "12.5")]
    [InlineData("=formatNumber(3, 2)", "\"3.00\"")]
    [InlineData("=coalesce(null, '', 'x')", "\"x\"")]
    [InlineData("=lookup('carriers', 'UPSN')", "\"UPS\"")]
    [InlineData("=lookup('carriers', 'FDEG')", "\"FDEG\"")]
    [InlineData("plain text", "\"plain text\"")]
    [InlineData("==not an expression", "\"=not an expression\"")]
    public void Evaluate_Expression_ReturnsPlainJson(string expression, string? expected)
    {
        var sut = CreateSut();

        var result = sut.Evaluate(expression, Scope);

        Assert.Equal(expected, result?.ToJsonString());
    }

    [Theory]
    [InlineData("=input.order.number")]
    [InlineData("=input.order.lines.length")]
    [InlineData("=input.order.lines[1].price * 2")]
    [InlineData("=input.order.missing")]
    [InlineData("=input.order.missing.x")]
    [InlineData("=input.order")]
    [InlineData("=steps.credit.output.approved ? 'ok' : 'hold'")]
    [InlineData("=vars.warehouse + '/' + line.sku")]
    [InlineData("=round(input.order.lines[0].qty * input.order.lines[0].price, 1)")]
    [InlineData("=lookup('carriers', 'UPSN')")]
    [InlineData("=Number(vars.warehouse)")]
    [InlineData("=input.order.lines.map(l => l.qty)")]
    [InlineData("=input.order.lines.sort((a, b) => b.qty - a.qty)[0].qty + input.order.lines[0].qty")]
    public void Evaluate_WithAndWithoutFastPath_GivesTheSameResultOrError(string expression)
    {
        static string Outcome(Func<JsonNode?> evaluate)
        {
            try
            {
                return "ok:" + (evaluate()?.ToJsonString() ?? "undefined");
            }
            catch (ExpressionException e)
            {
                return "error:" + e.Message;
            }
        }

        var catalog = new MappingCatalog();
        catalog.AddLookup("""{ "id": "carriers", "onMissing": "passThrough", "entries": { "UPSN": "UPS" } }""");
        var engine = TestEngine.Create(catalog);
        var template = new JsonObject { ["value"] = expression, ["again"] = expression, ["order"] = "=input.order.lines[0].qty" };

        engine.FastExpressions = false;
        var sandbox = (Outcome(() => engine.Expressions.Evaluate(expression, Scope)), Outcome(() => engine.Expressions.EvaluateTemplate(template, Scope)), engine.Expressions.IsTruthy(expression.Contains("missing.x", StringComparison.Ordinal) ? "=true" : expression, Scope));
        engine.FastExpressions = true;
        var fast = (Outcome(() => engine.Expressions.Evaluate(expression, Scope)), Outcome(() => engine.Expressions.EvaluateTemplate(template, Scope)), engine.Expressions.IsTruthy(expression.Contains("missing.x", StringComparison.Ordinal) ? "=true" : expression, Scope));

        Assert.Equal(sandbox, fast);
    }

    [Fact]
    public void EvaluateTemplate_NestedObject_EvaluatesExpressionsAndClonesLiterals()
    {
        var sut = CreateSut();
        var template = TestEngine.Json("""{ "order": "=input.order.number", "fixed": { "a": [1, "=vars.warehouse", "==x"] }, "n": null }""");

        var result = sut.EvaluateTemplate(template, Scope);

        Assert.Equal("""{"order":"SO-1","fixed":{"a":[1,"WH-EAST","=x"]},"n":null}""", result!.ToJsonString());
        Assert.NotSame(template["fixed"], result["fixed"]);
    }

    [Theory]
    [InlineData("=steps.credit.output.approved", true)]
    [InlineData("=input.order.lines.length > 5", false)]
    [InlineData("=''", false)]
    [InlineData("=vars.warehouse", true)]
    public void IsTruthy_Expression_FollowsJavaScriptTruthiness(string expression, bool expected)
    {
        Assert.Equal(expected, CreateSut().IsTruthy(expression, Scope));
    }

    [Fact]
    public void Evaluate_ReadingPropertyOfUndefined_ThrowsRuntimeErrorNamingExpression()
    {
        var e = Assert.Throws<ExpressionException>(() => CreateSut().Evaluate("=input.customer.name", Scope));

        Assert.Equal(ExpressionFailure.Runtime, e.Failure);
        Assert.Equal(ErrorCategory.DataQuality, e.Category);
        Assert.Contains("=input.customer.name", e.Message);
        Assert.Contains("Cannot read properties of undefined (reading 'name')", e.Message);
    }

    [Theory]
    [InlineData("=input.order.", "syntax")]
    [InlineData("=1); (function () { return 2", "syntax")]
    [InlineData("=x => x", "function")]
    [InlineData("=0 / 0", "NaN")]
    public void Evaluate_InvalidExpressionOrResult_ThrowsClearError(string expression, string expected)
    {
        var e = Assert.Throws<ExpressionException>(() => CreateSut().Evaluate(expression, Scope));

        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Evaluate_CancelledToken_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => CreateSut().Evaluate("=(() => { while (true) {} })()", Scope, cts.Token));
    }

    [Fact]
    public void Evaluate_ConcurrentCallers_EachGetTheirOwnResult()
    {
        var sut = CreateSut();

        var results = Enumerable.Range(0, 200).AsParallel().Select(i =>
            sut.Evaluate("=vars.n * 2", new ExpressionScope().With("vars", new JsonObject { ["n"] = i }))!.GetValue<long>()).ToList();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i * 2).Order(), results.Order());
    }

    [Fact]
    public void With_ReservedOrInvalidName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ExpressionScope().With("class", null));
        Assert.Throws<ArgumentException>(() => new ExpressionScope().With("a-b", null));
    }
}
