namespace IntegrationHub.Mapping.Expressions;

/// <summary>Why an expression did not produce a value.</summary>
public enum ExpressionFailure
{
    /// <summary>The text is not a valid JavaScript expression.</summary>
    Syntax,

    /// <summary>The expression threw while running (e.g. reading a property of undefined, a lookup miss).</summary>
    Runtime,

    /// <summary>The result cannot be represented as JSON (a function, NaN, a cycle).</summary>
    Result,

    /// <summary>The wall-clock budget, or a regular-expression match budget, ran out.</summary>
    Timeout,

    /// <summary>The expression executed more statements than allowed.</summary>
    StatementLimit,

    /// <summary>The expression allocated more memory, or built a larger array or string, than allowed.</summary>
    Memory,

    /// <summary>The expression recursed deeper than allowed.</summary>
    Recursion,
}
