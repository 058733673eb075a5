using Acornima;
using Acornima.Ast;

namespace IntegrationHub.Flows.Validation;

/// <summary>
/// Syntax checks of <c>=</c> expressions, and the step ids they read through <c>steps.&lt;id&gt;</c>.
/// Evaluation lives in IntegrationHub.Mapping; this only parses.
/// </summary>
public static class ExpressionSyntax
{
    /// <summary>Returns whether a string value is an expression (starts with '=' but not '==').</summary>
    public static bool IsExpression(string? value) =>
        value is { Length: > 1 } && value[0] == '=' && value[1] != '=';

    /// <summary>Parses the expression body (text after '='); returns an error message or null, and the step ids read.</summary>
    /// <param name="expression">The full value including the leading '='.</param>
    /// <param name="stepReferences">Receives ids used as <c>steps.x</c> or <c>steps["x"]</c>.</param>
    public static string? Check(string expression, out IReadOnlyList<string> stepReferences)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var body = expression.Length > 0 && expression[0] == '=' ? expression[1..] : expression;
        stepReferences = [];
        if (string.IsNullOrWhiteSpace(body))
        {
            return "the expression is empty";
        }

        try
        {
            var parsed = new Parser().ParseExpression(body);
            var references = new List<string>();
            CollectStepReferences(parsed, references);
            stepReferences = references;
            return null;
        }
        catch (ParseErrorException e)
        {
            return $"JavaScript syntax error at column {e.Column}: {e.Description}";
        }
    }

    private static void CollectStepReferences(Node node, List<string> references)
    {
        if (node is MemberExpression { Object: Identifier { Name: "steps" } } member)
        {
            switch (member.Property)
            {
                case Identifier id when !member.Computed:
                    references.Add(id.Name);
                    break;
                case StringLiteral literal when member.Computed:
                    references.Add(literal.Value);
                    break;
            }
        }

        foreach (var child in node.ChildNodes)
        {
            CollectStepReferences(child, references);
        }
    }
}
