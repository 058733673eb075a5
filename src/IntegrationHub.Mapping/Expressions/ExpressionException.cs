using IntegrationHub.Flows.Model;

namespace IntegrationHub.Mapping.Expressions;

/// <summary>
/// An expression failed. <see cref="Category"/> is <see cref="ErrorCategory.DataQuality"/> when the expression or
/// the data is wrong (syntax, runtime error, lookup miss, non-JSON result) and <see cref="ErrorCategory.Platform"/>
/// when a sandbox limit stopped it (time, statements, memory, recursion): a configuration problem that no retry fixes.
/// </summary>
public sealed class ExpressionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="expression">The expression as written, including its leading '='.</param>
    /// <param name="failure">Why it failed.</param>
    /// <param name="detail">What went wrong, without the expression text.</param>
    /// <param name="innerException">The engine's exception, if any.</param>
    public ExpressionException(string expression, ExpressionFailure failure, string detail, Exception? innerException = null)
        : base(Format(expression, failure, detail), innerException)
    {
        Expression = expression;
        Failure = failure;
        Detail = detail;
    }

    /// <summary>The expression as written, including its leading '='.</summary>
    public string Expression { get; }

    /// <summary>Why it failed.</summary>
    public ExpressionFailure Failure { get; }

    /// <summary>What went wrong, without the expression text.</summary>
    public string Detail { get; }

    /// <summary>How the runtime should treat the failure.</summary>
    public ErrorCategory Category => IsLimit(Failure) ? ErrorCategory.Platform : ErrorCategory.DataQuality;

    /// <summary>Returns whether the failure is a sandbox limit breach.</summary>
    /// <param name="failure">The failure kind.</param>
    public static bool IsLimit(ExpressionFailure failure) =>
        failure is ExpressionFailure.Timeout or ExpressionFailure.StatementLimit or ExpressionFailure.Memory or ExpressionFailure.Recursion;

    private static string Format(string expression, ExpressionFailure failure, string detail)
    {
        var shown = expression.Length > 200 ? expression[..200] + "…" : expression;
        var what = failure switch
        {
            ExpressionFailure.Syntax => "syntax error",
            ExpressionFailure.Runtime => "runtime error",
            ExpressionFailure.Result => "unusable result",
            ExpressionFailure.Timeout => "time limit exceeded",
            ExpressionFailure.StatementLimit => "statement limit exceeded",
            ExpressionFailure.Memory => "memory limit exceeded",
            ExpressionFailure.Recursion => "recursion limit exceeded",
            _ => failure.ToString(),
        };
        return $"Expression '{shown}' failed ({what}): {detail}";
    }
}
