using System.Collections.Concurrent;
using Acornima;
using Acornima.Ast;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Expressions;
using Jint;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>Compiles expressions once per (text, parameter list) and caches the prepared scripts.</summary>
internal sealed class ExpressionCompiler(TimeSpan regexTimeout)
{
    private const int MaxCachedExpressions = 20_000;

    private readonly ConcurrentDictionary<(string Text, string Parameters), CompiledExpression> _cache = new();

    private readonly ScriptPreparationOptions _preparation = ScriptPreparationOptions.Default with
    {
        ParsingOptions = ScriptParsingOptions.Default with { RegexTimeout = regexTimeout },
    };

    public CompiledExpression Compile(string expression, string[] parameters)
    {
        var key = (expression, string.Join(',', parameters));
        if (_cache.TryGetValue(key, out var compiled))
        {
            return compiled;
        }

        compiled = CompileCore(expression, parameters);
        if (_cache.Count >= MaxCachedExpressions)
        {
            // Flow expressions come from a bounded set of published definitions; a full cache means churn
            // (many drafts previewed), and starting over is cheaper than tracking recency on every hit.
            _cache.Clear();
        }

        return _cache.GetOrAdd(key, compiled);
    }

    private CompiledExpression CompileCore(string expression, string[] parameters)
    {
        if (!ExpressionSyntax.IsExpression(expression))
        {
            throw new ExpressionException(expression, ExpressionFailure.Syntax, "an expression must start with '=' followed by JavaScript");
        }

        if (ExpressionSyntax.Check(expression, out _) is { } syntaxError)
        {
            throw new ExpressionException(expression, ExpressionFailure.Syntax, syntaxError);
        }

        var body = expression[1..];
        var source = $"(function ({string.Join(", ", parameters)}) {{ 'use strict'; return (\n{body}\n); }})";
        Prepared<Script> prepared;
        try
        {
            prepared = Engine.PrepareScript(source, source: "expression", strict: true, options: _preparation);
        }
        catch (ParseErrorException e)
        {
            throw new ExpressionException(expression, ExpressionFailure.Syntax, $"JavaScript syntax error: {e.Description}", e);
        }

        // The body parsed as one expression on its own; inside the wrapper it must still be exactly the
        // returned expression, so text like "1); (function () {" cannot escape the function.
        if (prepared.Program?.Body is not [ExpressionStatement { Expression: FunctionExpression { Body.Body: [_, ReturnStatement returned] } function }])
        {
            throw new ExpressionException(expression, ExpressionFailure.Syntax, "the text is not a single JavaScript expression");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        CollectIdentifiers(function.Body, names);
        var used = parameters.Select(names.Contains).ToArray();
        var fast = returned.Argument is { } returnedExpression ? FastExpression.TryCreate(returnedExpression, parameters) : null;
        return new CompiledExpression(expression, prepared, parameters, used, fast);
    }

    private static void CollectIdentifiers(Node node, HashSet<string> names)
    {
        if (node is Identifier identifier)
        {
            names.Add(identifier.Name);
        }

        foreach (var child in node.ChildNodes)
        {
            CollectIdentifiers(child, names);
        }
    }
}
