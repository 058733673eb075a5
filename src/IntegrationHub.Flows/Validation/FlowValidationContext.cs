namespace IntegrationHub.Flows.Validation;

/// <summary>
/// What a flow may refer to outside itself. A null set means "not known here": references of that
/// kind are then not checked (for example when a single file is validated without its repository).
/// </summary>
public sealed record FlowValidationContext
{
    /// <summary>Gets a context that checks no outside references.</summary>
    public static FlowValidationContext Standalone { get; } = new();

    /// <summary>Gets the file or source name used in errors. The default value is <c>flow.json</c>.</summary>
    public string File { get; init; } = "flow.json";

    /// <summary>Gets the known mapping ids, or null.</summary>
    public IReadOnlySet<string>? Mappings { get; init; }

    /// <summary>Gets the known schema ids, or null.</summary>
    public IReadOnlySet<string>? Schemas { get; init; }

    /// <summary>Gets the known flow ids, or null.</summary>
    public IReadOnlySet<string>? Flows { get; init; }
}
