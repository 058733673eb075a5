using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntegrationHub.Mapping.Expressions;
using Jint.Native;
using Jint.Runtime;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>Runs compiled expressions on a leased engine and turns every engine failure into an <see cref="ExpressionException"/>.</summary>
internal static class ExpressionRunner
{
    public static JsValue Run(SandboxEngine engine, CompiledExpression expression, JsValue[] arguments, CancellationToken ct)
    {
        try
        {
            return engine.Call(expression, arguments);
        }
        catch (Exception e) when (Translate(e, expression.Text, ct) is { } translated)
        {
            if (ExpressionException.IsLimit(translated.Failure))
            {
                engine.Poisoned = true;
            }

            throw translated;
        }
    }

    public static JsonNode? RunToJson(SandboxEngine engine, CompiledExpression expression, JsValue[] arguments, CancellationToken ct) =>
        JsonBridge.ToJson(Run(engine, expression, arguments, ct), expression.Text);

    private static ExpressionException? Translate(Exception e, string expression, CancellationToken ct)
    {
        if (e is OperationCanceledException && ct.IsCancellationRequested)
        {
            // The caller asked to stop: not an expression failure.
            return null;
        }

        return e switch
        {
            ExpressionException already => already,
            JavaScriptException js => new ExpressionException(expression, ExpressionFailure.Runtime, js.Message, js),
            StatementsCountOverflowException => new ExpressionException(expression, ExpressionFailure.StatementLimit, "it executed more statements than the sandbox allows (an endless loop?)", e),
            MemoryLimitExceededException => new ExpressionException(expression, ExpressionFailure.Memory, e.Message, e),
            RecursionDepthOverflowException or InsufficientExecutionStackException => new ExpressionException(expression, ExpressionFailure.Recursion, "calls nested deeper than the sandbox allows (endless recursion?)", e),
            RegexMatchTimeoutException => new ExpressionException(expression, ExpressionFailure.Timeout, "a regular expression ran longer than the sandbox regex time limit (catastrophic backtracking?)", e),
            TimeoutException or OperationCanceledException => new ExpressionException(expression, ExpressionFailure.Timeout, "it ran longer than the sandbox time limit", e),
            InvalidOperationException => new ExpressionException(expression, ExpressionFailure.Runtime, e.Message, e),
            _ => null,
        };
    }
}
