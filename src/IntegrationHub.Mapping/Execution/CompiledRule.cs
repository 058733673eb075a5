using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Sandbox;

namespace IntegrationHub.Mapping.Execution;

/// <summary>A rule with everything parsed and prepared once: target segments, source path, compiled expressions.</summary>
internal sealed class CompiledRule
{
    public required MappingRule Rule { get; init; }

    public required string[] TargetSegments { get; init; }

    /// <summary>The target with array positions as [], e.g. <c>$.lines[].uom</c>: matches schema errors to rules.</summary>
    public required string Pattern { get; init; }

    public SourcePath? Source { get; init; }

    public CompiledExpression? Expression { get; init; }

    public CompiledExpression? When { get; init; }

    public CompiledExpression? Where { get; init; }

    public CompiledRule[] Children { get; init; } = [];
}
