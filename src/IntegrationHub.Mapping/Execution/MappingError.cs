using IntegrationHub.Flows.Model;

namespace IntegrationHub.Mapping.Execution;

/// <summary>One mapping problem: the target field, the source it came from, the rule that wrote it and what is wrong.</summary>
/// <param name="TargetPath">Concrete JSON path in the output, e.g. <c>$.lines[2].uom</c>.</param>
/// <param name="SourcePath">Concrete JSON path in the source the rule read, e.g. <c>$.items[2].unit</c>; null when the value did not come from a path.</param>
/// <param name="Rule">JSON path of the rule in the mapping document, e.g. <c>$.rules[7].rules[3]</c>; "(no rule)" when no rule writes the field.</param>
/// <param name="Message">What is wrong.</param>
public sealed record MappingError(string TargetPath, string? SourcePath, string Rule, string Message)
{
    /// <summary>Where the error was found.</summary>
    public MappingErrorKind Kind { get; init; } = MappingErrorKind.Rule;

    /// <summary><see cref="ErrorCategory.DataQuality"/> for data problems; <see cref="ErrorCategory.Platform"/> for sandbox limits and unusable mappings.</summary>
    public ErrorCategory Category { get; init; } = ErrorCategory.DataQuality;

    /// <inheritdoc />
    public override string ToString() => $"{TargetPath} <- {SourcePath ?? "-"} (rule {Rule}): {Message}";
}
