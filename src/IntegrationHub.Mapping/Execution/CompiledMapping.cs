using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Documents;

namespace IntegrationHub.Mapping.Execution;

/// <summary>A mapping document compiled once; immutable and shared by concurrent runs.</summary>
internal sealed class CompiledMapping(MappingDocument document, CompiledRule[] rules, SchemaDocument? targetSchema)
{
    public MappingDocument Document { get; } = document;

    public CompiledRule[] Rules { get; } = rules;

    public SchemaDocument? TargetSchema { get; } = targetSchema;

    /// <summary>Every rule, depth first.</summary>
    public IEnumerable<CompiledRule> AllRules() => Flatten(Rules);

    private static IEnumerable<CompiledRule> Flatten(IEnumerable<CompiledRule> rules) =>
        rules.SelectMany(r => new[] { r }.Concat(Flatten(r.Children)));
}
