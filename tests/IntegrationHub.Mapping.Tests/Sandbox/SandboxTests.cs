using IntegrationHub.Flows.Model;
using IntegrationHub.Mapping.Expressions;

namespace IntegrationHub.Mapping.Tests.Sandbox;

/// <summary>Hostile expressions are stopped with a clear error, and the same evaluator keeps serving afterwards.</summary>
public sealed class SandboxTests
{
    private static readonly ExpressionScope Scope = new ExpressionScope().With("input", TestEngine.Json("""{ "n": 2 }"""));

    private static IExpressionEvaluator CreateSut() => TestEngine.Create(configure: o =>
    {
        o.TimeLimit = TimeSpan.FromSeconds(1);
        o.MaxStatements = 50_000;
        o.MemoryLimit = 16L * 1024 * 1024;
    }).Expressions;

    [Theory]
    [InlineData("=(() => { while (true) {} })()", ExpressionFailure.StatementLimit)]
    [InlineData("=(() => { for (;;) { try { while (true) {} } catch (e) {} } })()", ExpressionFailure.StatementLimit)]
    [InlineData("=(() => { let s = 'x'; for (;;) s = s + s; })()", ExpressionFailure.Memory)]
    [InlineData("=new Array(1e9).fill(0)", ExpressionFailure.Memory)]
    [InlineData("=Array.from({ length: 1e9 })", ExpressionFailure.Memory)]
    [InlineData("=(() => { const a = []; for (;;) a.push('x'.repeat(10000) + a.length); })()", ExpressionFailure.Memory)]
    [InlineData("=(function f(n) { return f(n + 1); })(0)", ExpressionFailure.Recursion)]
    [InlineData("=/(a+)+$/.test('a'.repeat(40) + 'b')", ExpressionFailure.Timeout)]
    public void Evaluate_ResourceExhaustion_StopsWithLimitErrorAndKeepsServing(string expression, ExpressionFailure expected)
    {
        var sut = CreateSut();

        var e = Assert.Throws<ExpressionException>(() => sut.Evaluate(expression, Scope));

        Assert.Equal(expected, e.Failure);
        Assert.Equal(ErrorCategory.Platform, e.Category);
        Assert.Equal(4, sut.Evaluate("=input.n * 2", Scope)!.GetValue<long>());
    }

    [Theory]
    [InlineData("='x'.repeat(1e9).length")]
    [InlineData("='x'.padStart(1e9)")]
    [InlineData("=Array(50000).fill('x'.repeat(1000)).join('')")]
    [InlineData("='x'.repeat(1000).replaceAll('x', 'y'.repeat(5000))")]
    [InlineData("=JSON.stringify(Array(50000).fill('x'.repeat(1000)))")]
    [InlineData("=''.concat(...Array(5000).fill('x'.repeat(1000)))")]
    public void Evaluate_SingleStepHugeString_RejectedBeforeAllocating(string expression)
    {
        var sut = CreateSut();

        var e = Assert.Throws<ExpressionException>(() => sut.Evaluate(expression, Scope));

        Assert.Equal(ExpressionFailure.Runtime, e.Failure);
        Assert.Contains("longer than the sandbox limit", e.Message);
    }

    [Theory]
    [InlineData("=System.IO.File.ReadAllText('/etc/passwd')", "System is not defined")]
    [InlineData("=importNamespace('System.IO')", "importNamespace is not defined")]
    [InlineData("=require('fs')", "require is not defined")]
    [InlineData("=eval('1 + 1')", "String compilation has been disabled")]
    [InlineData("=Function('return this')()", "String compilation has been disabled")]
    [InlineData("=lookup.constructor('return process')()", "String compilation has been disabled")]
    [InlineData("=input.GetType()", "not a function")]
    [InlineData("=clr", "clr is not defined")]
    [InlineData("=Math.random()", "mappings must be deterministic")]
    [InlineData("=new ArrayBuffer(1e9)", "ArrayBuffer is not defined")]
    public void Evaluate_HostAccessAttempt_FailsWithRuntimeError(string expression, string expected)
    {
        var sut = CreateSut();

        var e = Assert.Throws<ExpressionException>(() => sut.Evaluate(expression, Scope));

        Assert.Contains(expected, e.Message);
        Assert.Equal(4, sut.Evaluate("=input.n * 2", Scope)!.GetValue<long>());
    }

    [Theory]
    [InlineData("=(globalThis.leak = 1)")]
    [InlineData("=(Object.prototype.polluted = 1)")]
    [InlineData("=(Array.prototype.map = null)")]
    [InlineData("=(JSON.parse = null)")]
    public void Evaluate_AttemptToChangeSharedRealm_FailsAndLeavesNoTrace(string expression)
    {
        var sut = CreateSut();

        Assert.Throws<ExpressionException>(() => sut.Evaluate(expression, Scope));

        Assert.Equal("[\"undefined\",\"undefined\",\"function\"]", sut.Evaluate("=[typeof leak, typeof ({}).polluted, typeof [].map]", Scope)!.ToJsonString());
    }

    [Fact]
    public void Evaluate_TimeLimit_StopsSlowExpressionInTime()
    {
        var sut = TestEngine.Create(configure: o =>
        {
            o.TimeLimit = TimeSpan.FromMilliseconds(200);
            o.MaxStatements = int.MaxValue - 1;
        }).Expressions;

        var started = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<ExpressionException>(() => sut.Evaluate("=(() => { while (true) {} })()", Scope));

        Assert.Equal(ExpressionFailure.Timeout, e.Failure);
        Assert.InRange(started.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }
}
