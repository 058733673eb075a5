namespace IntegrationHub.Flows.Validation;

/// <summary>One problem in a flow document: where it is and what is wrong.</summary>
/// <param name="File">The file or source name the document came from.</param>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.steps[2].connection</c>.</param>
/// <param name="Message">What is wrong, in words an analyst understands.</param>
/// <param name="Code">A stable machine code, e.g. <c>schema</c>, <c>duplicate-step-id</c>.</param>
public sealed record FlowValidationError(string File, string Path, string Message, string Code)
{
    /// <inheritdoc />
    public override string ToString() => $"{File} {Path}: {Message} [{Code}]";
}
