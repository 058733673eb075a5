namespace IntegrationHub.Contracts.Mappings;

/// <summary>One problem found while mapping a payload.</summary>
/// <param name="TargetPath">Concrete JSON path in the output, e.g. <c>$.lines[2].uom</c>; <c>$</c> for definition problems.</param>
/// <param name="SourcePath">Concrete JSON path in the payload the rule read, e.g. <c>$.items[2].unit</c>; null when the value did not come from a path.</param>
/// <param name="Rule">JSON path of the rule in the mapping document, e.g. <c>$.rules[7].rules[3]</c>; "(no rule)" when no rule writes the field.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Kind"><c>rule</c> (an expression, lookup or conversion failed), <c>schema</c> (the output breaks the target schema) or <c>definition</c> (the document cannot run: unknown lookup table or schema, bad expression).</param>
/// <param name="Category">Error category: <c>dataQuality</c> for data problems, <c>platform</c> for sandbox limits and unusable documents.</param>
public sealed record MappingErrorDto(string TargetPath, string? SourcePath, string Rule, string Message, string Kind, string Category);
