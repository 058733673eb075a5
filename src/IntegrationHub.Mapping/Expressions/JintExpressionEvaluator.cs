using System.Text.Json.Nodes;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Lookups;
using IntegrationHub.Mapping.Sandbox;
using Jint.Native;
using Jint.Runtime;

namespace IntegrationHub.Mapping.Expressions;

/// <summary>The sandboxed evaluator of flow expressions, sharing the mapping engine's pool and lookup tables.</summary>
internal sealed class JintExpressionEvaluator(SandboxEnginePool pool, ExpressionCompiler compiler, Func<string, LookupTable?> lookups) : IExpressionEvaluator
{
    public JsonNode? Evaluate(string expression, ExpressionScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(scope);
        if (!ExpressionSyntax.IsExpression(expression))
        {
            return Literal(expression);
        }

        using var lease = pool.Rent(pool.Options.TimeLimit, lookups, ct);
        return EvaluateOn(lease.Engine, expression, scope, ct);
    }

    public JsonNode? EvaluateTemplate(JsonNode? template, ExpressionScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!ContainsExpression(template))
        {
            return template?.DeepClone();
        }

        // One lease and one time budget for the whole template.
        using var lease = pool.Rent(pool.Options.TimeLimit, lookups, ct);
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
                    return ExpressionSyntax.IsExpression(text) ? EvaluateOn(lease.Engine, text, scope, ct) : Literal(text);
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

        using var lease = pool.Rent(pool.Options.TimeLimit, lookups, ct);
        var compiled = compiler.Compile(expression, [.. scope.Names]);
        var result = ExpressionRunner.Run(lease.Engine, compiled, Arguments(lease.Engine, compiled, scope), ct);
        return TypeConverter.ToBoolean(result);
    }

    private JsonNode? EvaluateOn(SandboxEngine engine, string expression, ExpressionScope scope, CancellationToken ct)
    {
        var compiled = compiler.Compile(expression, [.. scope.Names]);
        return ExpressionRunner.RunToJson(engine, compiled, Arguments(engine, compiled, scope), ct);
    }

    private static JsValue[] Arguments(SandboxEngine engine, CompiledExpression compiled, ExpressionScope scope)
    {
        var values = scope.Values;
        var arguments = new JsValue[values.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = compiled.Used[i] ? JsonBridge.ToJs(engine.Engine, values[i].Value) : JsValue.Undefined;
        }

        return arguments;
    }

    private static JsonValue Literal(string text) => JsonValue.Create(text.StartsWith("==", StringComparison.Ordinal) ? text[1..] : text);

    private static bool ContainsExpression(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => ContainsExpression(p.Value)),
        JsonArray array => array.Any(ContainsExpression),
        JsonValue value => value.TryGetValue<string>(out var text) && ExpressionSyntax.IsExpression(text),
        _ => false,
    };
}
