namespace IntegrationHub.Mapping.Execution;

/// <summary>Where a mapping error was found.</summary>
public enum MappingErrorKind
{
    /// <summary>A rule failed while running (expression error, lookup miss, type conversion, sandbox limit).</summary>
    Rule,

    /// <summary>The output does not satisfy the target schema.</summary>
    Schema,

    /// <summary>The mapping itself cannot run (unknown mapping, invalid document, missing lookup table or schema).</summary>
    Definition,
}
