namespace IntegrationHub.Contracts.Designer;

/// <summary>The result of checking an expression's syntax.</summary>
/// <param name="Error">What is wrong (with the column), or null when it parses.</param>
/// <param name="StepReferences">Step ids the expression reads through <c>steps.&lt;id&gt;</c>.</param>
public sealed record ExpressionCheck(string? Error, IReadOnlyList<string> StepReferences)
{
    /// <summary>Gets whether the expression parses.</summary>
    public bool IsValid => Error is null;
}
