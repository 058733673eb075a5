using System.Text.Json.Nodes;

namespace IntegrationHub.Mapping.Expressions;

/// <summary>
/// Evaluates flow-file expressions (strings starting with '=') in the sandbox. Thread-safe; each expression is
/// compiled once and run on pooled engines. Results are plain JSON: dates become ISO 8601 strings, undefined becomes null.
/// </summary>
public interface IExpressionEvaluator
{
    /// <summary>Evaluates one expression.</summary>
    /// <param name="expression">The expression with its leading '=' (e.g. <c>=input.total * 2</c>). A string starting with '=='
    /// or without '=' is a literal and is returned as a JSON string (without the first '=' for '==').</param>
    /// <param name="scope">The named values the expression can read.</param>
    /// <param name="ct">Stops a running expression.</param>
    /// <returns>The result as JSON; null for null or undefined.</returns>
    /// <exception cref="ExpressionException">The expression is invalid, threw, or hit a sandbox limit.</exception>
    JsonNode? Evaluate(string expression, ExpressionScope scope, CancellationToken ct = default);

    /// <summary>Walks objects and arrays, evaluating every expression string and deep-cloning every literal.</summary>
    /// <param name="template">Any JSON value.</param>
    /// <param name="scope">The named values the expressions can read.</param>
    /// <param name="ct">Stops a running expression.</param>
    /// <returns>A new JSON tree.</returns>
    /// <exception cref="ExpressionException">An expression failed; the message names it.</exception>
    JsonNode? EvaluateTemplate(JsonNode? template, ExpressionScope scope, CancellationToken ct = default);

    /// <summary>Evaluates an expression as a condition, with JavaScript truthiness.</summary>
    /// <param name="expression">The expression with its leading '='.</param>
    /// <param name="scope">The named values the expression can read.</param>
    /// <param name="ct">Stops a running expression.</param>
    /// <returns>Whether the value is truthy.</returns>
    /// <exception cref="ExpressionException">The expression is invalid, threw, or hit a sandbox limit.</exception>
    bool IsTruthy(string expression, ExpressionScope scope, CancellationToken ct = default);
}
