using System.Text.Json.Nodes;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Lookups;
using IntegrationHub.Mapping.Sandbox;
using Jint.Runtime;

namespace IntegrationHub.Mapping.Expressions;

/// <summary>
/// The sandboxed evaluator of flow expressions, sharing the mapping engine's pool and lookup tables. Expressions
/// within the fast subset (<see cref="FastExpression"/>) that read ordinary values and give a primitive run in C#
/// without converting the scope to script values; everything else runs in a pooled sandbox engine, rented only
/// when an expression needs it. Both give the same results and errors.
/// </summary>
/// <param name="pool">The sandbox engines.</param>
/// <param name="compiler">Compiles (and caches) expressions.</param>
/// <param name="lookups">Lookup tables.</param>
/// <param name="fastExpressions">Whether the fast path is on (read per call; tests turn it off to compare).</param>
internal sealed class JintExpressionEvaluator(SandboxEnginePool pool, ExpressionCompiler compiler, Func<string, LookupTable?> lookups, Func<bool>? fastExpressions = null) : IExpressionEvaluator
{
    private SandboxEnginePool Pool => pool;

    private ExpressionCompiler Compiler => compiler;

    private Func<string, LookupTable?> Lookups => lookups;

    private bool FastExpressions => fastExpressions?.Invoke() ?? true;

    public JsonNode? Evaluate(string expression, ExpressionScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(scope);
        if (!ExpressionSyntax.IsExpression(expression))
        {
            return Literal(expression);
        }

        using var evaluation = new Evaluation(this, scope, ct);
        return evaluation.Evaluate(expression);
    }

    public JsonNode? EvaluateTemplate(JsonNode? template, ExpressionScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!ContainsExpression(template))
        {
            return template?.DeepClone();
        }

        // One evaluation for the whole template: at most one engine lease and one time budget.
        using var evaluation = new Evaluation(this, scope, ct);
        return Walk(template);

        JsonNode? Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    var copy = new JsonObject();
                    foreach (var (key, value) in obj)
                    {
                        copy[key] = Walk(value);
                    }

                    return copy;
                case JsonArray array:
                    var items = new JsonArray();
                    foreach (var item in array)
                    {
                        items.Add(Walk(item));
                    }

                    return items;
                case JsonValue value when value.TryGetValue<string>(out var text):
                    return ExpressionSyntax.IsExpression(text) ? evaluation.Evaluate(text) : Literal(text);
                default:
                    return node?.DeepClone();
            }
        }
    }

    public bool IsTruthy(string expression, ExpressionScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(scope);
        if (!ExpressionSyntax.IsExpression(expression))
        {
            // A literal condition: non-empty text is truthy, as in JavaScript.
            return Literal(expression)!.GetValue<string>().Length > 0;
        }

        using var evaluation = new Evaluation(this, scope, ct);
        return evaluation.IsTruthy(expression);
    }

    private static JsonValue Literal(string text) => JsonValue.Create(text.StartsWith("==", StringComparison.Ordinal) ? text[1..] : text);

    private static bool ContainsExpression(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => ContainsExpression(p.Value)),
        JsonArray array => array.Any(ContainsExpression),
        JsonValue value => value.TryGetValue<string>(out var text) && ExpressionSyntax.IsExpression(text),
        _ => false,
    };

    /// <summary>The expressions of one call against one scope: the engine lease (rented on first need) and what is known of the scope's values.</summary>
    private sealed class Evaluation(JintExpressionEvaluator owner, ExpressionScope scope, CancellationToken ct) : IDisposable
    {
        private readonly string[] _names = [.. scope.Names];
        private readonly bool _fast = owner.FastExpressions;
        private SandboxLease? _lease;
        private bool?[]? _convertible;
        private FastValue[]? _arguments;

        public JsonNode? Evaluate(string expression)
        {
            var compiled = owner.Compiler.Compile(expression, _names);
            if (TryFast(compiled, out var value) && FastExpression.TryToJson(value, out var json))
            {
                return json;
            }

            var engine = Engine();
            return ExpressionRunner.RunToJson(engine, compiled, Arguments(engine, compiled), ct);
        }

        public bool IsTruthy(string expression)
        {
            var compiled = owner.Compiler.Compile(expression, _names);
            if (TryFast(compiled, out var value))
            {
                return FastExpression.IsTruthy(value);
            }

            var engine = Engine();
            return TypeConverter.ToBoolean(ExpressionRunner.Run(engine, compiled, Arguments(engine, compiled), ct));
        }

        public void Dispose() => _lease?.Dispose();

        private SandboxEngine Engine() => (_lease ??= owner.Pool.Rent(owner.Pool.Options.TimeLimit, owner.Lookups, ct)).Engine;

        /// <summary>Evaluates in C# when the expression is within the fast subset and every value it reads is one the sandbox would convert; false sends it to the sandbox.</summary>
        private bool TryFast(CompiledExpression compiled, out FastValue value)
        {
            value = default;
            if (compiled.Fast is not { } fast || !_fast)
            {
                return false;
            }

            // The sandbox observes cancellation on every call; so does the fast path.
            ct.ThrowIfCancellationRequested();
            var values = scope.Values;
            var used = compiled.Used;
            _arguments ??= new FastValue[values.Count];
            _convertible ??= new bool?[values.Count];
            for (var i = 0; i < used.Length; i++)
            {
                if (!used[i])
                {
                    continue;
                }

                var node = values[i].Value;
                if (node is JsonObject or JsonArray && !(_convertible[i] ??= JsonBridge.IsConvertible(node)))
                {
                    return false;
                }

                if (!FastValue.TryFrom(node, out _arguments[i]))
                {
                    return false;
                }
            }

            return fast.TryEvaluate(_arguments, owner.Lookups, FastScratch.Current, out value);
        }

        private Jint.Native.JsValue[] Arguments(SandboxEngine engine, CompiledExpression compiled)
        {
            var values = scope.Values;
            var arguments = new Jint.Native.JsValue[values.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = compiled.Used[i] ? JsonBridge.ToJs(engine.Engine, values[i].Value) : Jint.Native.JsValue.Undefined;
            }

            return arguments;
        }
    }
}
