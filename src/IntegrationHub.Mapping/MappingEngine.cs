using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Catalog;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Execution;
using IntegrationHub.Mapping.Expressions;
using IntegrationHub.Mapping.Lookups;
using IntegrationHub.Mapping.Sandbox;
using IntegrationHub.Mapping.Validation;

namespace IntegrationHub.Mapping;

/// <summary>
/// Runs mapping documents: compiles each once (per content hash), evaluates expressions on pooled sandbox engines,
/// validates outputs against the target schema and explains every error by target path, source path and rule.
/// Thread-safe; register one per process (<c>services.AddHubMapping()</c>).
/// </summary>
public sealed partial class MappingEngine
{
    private const int MaxCompiledMappings = 2_000;

    private readonly IMappingCatalog _catalog;
    private readonly SandboxEnginePool _pool;
    private readonly ExpressionCompiler _compiler;
    private readonly Func<string, LookupTable?> _lookups;
    /// <summary>Compiled mappings by id and content hash: a stored version never changes, so neither does its compiled form.</summary>
    private readonly ConcurrentDictionary<(string Id, string Hash), CompiledMapping> _compiled = new();

    /// <summary>Creates an engine over a catalog.</summary>
    /// <param name="catalog">Where mappings, lookup tables and schemas come from.</param>
    /// <param name="options">Sandbox limits; defaults when null.</param>
    /// <param name="timeProvider">The clock behind <c>now()</c>, <c>today()</c> and <c>Date</c>; the system clock when null.</param>
    public MappingEngine(IMappingCatalog catalog, MappingOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Options = options ?? new MappingOptions();
        Options.Check();
        _catalog = catalog;
        _pool = new SandboxEnginePool(Options, timeProvider ?? TimeProvider.System);
        _compiler = new ExpressionCompiler(Options.RegexTimeout);
        _lookups = catalog.FindLookup;
        Expressions = new JintExpressionEvaluator(_pool, _compiler, _lookups, () => FastExpressions);
    }

    /// <summary>Whether expressions within the fast subset run in C# (<see cref="FastExpression"/>); tests turn it off to compare.</summary>
    internal bool FastExpressions { get; set; } = true;

    /// <summary>The limits in force.</summary>
    public MappingOptions Options { get; }

    /// <summary>The catalog the engine reads.</summary>
    public IMappingCatalog Catalog => _catalog;

    /// <summary>The sandboxed evaluator of flow expressions; shares this engine's pool and lookup tables.</summary>
    public IExpressionEvaluator Expressions { get; }

    /// <summary>Creates an engine over the mappings, lookup tables and schemas of a <c>flows/</c> folder.</summary>
    /// <param name="flowsDirectory">The folder holding mappings/, lookups/ and schemas/.</param>
    /// <param name="options">Sandbox limits; defaults when null.</param>
    /// <param name="timeProvider">The clock; the system clock when null.</param>
    /// <exception cref="MappingValidationException">A file is invalid; every error is listed.</exception>
    public static MappingEngine FromDirectory(string flowsDirectory, MappingOptions? options = null, TimeProvider? timeProvider = null) =>
        new(MappingCatalog.LoadDirectory(flowsDirectory), options, timeProvider);

    /// <summary>Checks that a document can run against this catalog: lookup tables and target schema exist, expressions compile.</summary>
    /// <param name="document">The document (already structurally valid, see <see cref="MappingDocument.Parse"/>).</param>
    /// <returns>Every error; empty when the document is usable.</returns>
    public IReadOnlyList<FlowValidationError> Validate(MappingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        MappingCompiler.Compile(document, _catalog, _compiler, out var errors);
        return errors;
    }

    /// <summary>Maps a source payload with a mapping from the catalog.</summary>
    /// <param name="mappingId">The mapping id.</param>
    /// <param name="source">The source payload (not modified).</param>
    /// <param name="ct">Stops a running mapping.</param>
    /// <returns>The output and every error; call <see cref="MappingResult.ThrowIfFailed"/> to require success.</returns>
    /// <exception cref="MappingException">The mapping does not exist or cannot be compiled (category Platform).</exception>
    public MappingResult Map(string mappingId, JsonNode source, CancellationToken ct = default) => Map(mappingId, source, null, ct);

    /// <summary>Maps a source payload with a mapping from the catalog, with values expressions read as <c>vars</c>.</summary>
    /// <param name="mappingId">The mapping id.</param>
    /// <param name="source">The source payload (not modified).</param>
    /// <param name="vars">Values expressions read as <c>vars</c> (e.g. the flow's variables).</param>
    /// <param name="ct">Stops a running mapping.</param>
    /// <returns>The output and every error.</returns>
    /// <exception cref="MappingException">The mapping does not exist or cannot be compiled (category Platform).</exception>
    public MappingResult Map(string mappingId, JsonNode source, JsonNode? vars, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(mappingId);
        ArgumentNullException.ThrowIfNull(source);
        var document = _catalog.FindMapping(mappingId)
            ?? throw new MappingException(mappingId, [new MappingError("$", null, "$", $"there is no mapping '{mappingId}'") { Kind = MappingErrorKind.Definition, Category = ErrorCategory.Platform }]);
        return Map(document, source, vars, ct);
    }

    /// <summary>
    /// Maps a source payload with a given document (e.g. a version read from the hub's store) rather than the
    /// catalog's. The document is compiled once per id and content hash and reused by every later call.
    /// </summary>
    /// <param name="document">The mapping document.</param>
    /// <param name="source">The source payload (not modified).</param>
    /// <param name="vars">Values expressions read as <c>vars</c>.</param>
    /// <param name="ct">Stops a running mapping.</param>
    /// <returns>The output and every error.</returns>
    /// <exception cref="MappingException">The document cannot be compiled against the catalog (category Platform).</exception>
    public MappingResult Map(MappingDocument document, JsonNode source, JsonNode? vars, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        var compiled = GetCompiled(document);
        var (output, errors, _) = Run(compiled, source, vars, trace: false, Options.ValidateOutput, ct);
        return new MappingResult(document.Id, output, errors);
    }

    /// <summary>Previews a document (a draft or any version) on a sample: output, every error and what each rule produced.</summary>
    /// <param name="document">The document; need not be in the catalog.</param>
    /// <param name="sample">The sample payload.</param>
    /// <param name="ct">Stops a running mapping.</param>
    /// <returns>The preview. Definition problems (unknown lookup table, schema) are reported as errors, not thrown.</returns>
    public MappingPreview Preview(MappingDocument document, JsonNode sample, CancellationToken ct = default) => Preview(document, sample, null, ct);

    /// <summary>Previews a document on a sample with <c>vars</c>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="sample">The sample payload.</param>
    /// <param name="vars">Values expressions read as <c>vars</c>.</param>
    /// <param name="ct">Stops a running mapping.</param>
    /// <returns>The preview.</returns>
    public MappingPreview Preview(MappingDocument document, JsonNode sample, JsonNode? vars, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sample);
        var compiled = MappingCompiler.Compile(document, _catalog, _compiler, out var definitionErrors);
        if (definitionErrors.Count > 0)
        {
            return new MappingPreview(document.Id, null, [.. definitionErrors.Select(DefinitionError)], []);
        }

        var (output, errors, trace) = Run(compiled, sample, vars, trace: true, validate: true, ct);
        return new MappingPreview(document.Id, output, errors, trace!);
    }

    private CompiledMapping GetCompiled(MappingDocument document)
    {
        var key = (document.Id, document.ContentHash);
        if (_compiled.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var compiled = MappingCompiler.Compile(document, _catalog, _compiler, out var errors);
        if (errors.Count > 0)
        {
            throw new MappingException(document.Id, [.. errors.Select(DefinitionError)]);
        }

        if (_compiled.Count >= MaxCompiledMappings)
        {
            // Versions come from a bounded set of published documents; a full cache means churn, and starting
            // over is cheaper than tracking recency on every call.
            _compiled.Clear();
        }

        return _compiled.GetOrAdd(key, compiled);
    }

    private (JsonNode? Output, List<MappingError> Errors, List<RuleTrace>? Trace) Run(CompiledMapping compiled, JsonNode source, JsonNode? vars, bool trace, bool validate, CancellationToken ct)
    {
        JsonObject output;
        List<MappingError> errors;
        List<RuleTrace>? steps;
        using (var run = new MappingRun(compiled, source, vars, _pool, _lookups, trace, ct, FastExpressions))
        {
            output = run.Execute();
            errors = run.Errors;
            steps = run.Trace;
        }

        // The compiled checks confirm a valid output cheaply; NJsonSchema runs only for the rest, and gives the messages.
        if (validate && compiled.TargetSchema is { } schema && !schema.Confirms(output))
        {
            var schemaErrors = SchemaErrors.Describe(schema.ValidateNode(output)).ToList();
            if (schemaErrors.Count > 0)
            {
                // Provenance is only needed when something is wrong: a mapping is deterministic, so re-running it
                // with the trace on gives the rule and source behind every output path.
                var provenance = steps;
                if (provenance is null)
                {
                    using var again = new MappingRun(compiled, source, vars, _pool, _lookups, trace: true, ct, FastExpressions);
                    again.Execute();
                    provenance = again.Trace!;
                }

                errors.AddRange(schemaErrors.Select(e => Explain(compiled, provenance, e.Path, e.Message)));
            }
        }

        return (output, errors, steps);
    }

    private static MappingError Explain(CompiledMapping compiled, List<RuleTrace> provenance, string path, string message)
    {
        var written = provenance.LastOrDefault(t => t.TargetPath == path);
        if (written is not null)
        {
            return new MappingError(path, written.SourcePath, written.Rule, message) { Kind = MappingErrorKind.Schema };
        }

        var pattern = IndexPattern().Replace(path, "[]");
        var rule = compiled.AllRules().FirstOrDefault(r => r.Pattern == pattern);
        return rule is not null
            ? new MappingError(path, null, rule.Rule.Path, message + " (the rule wrote nothing here)") { Kind = MappingErrorKind.Schema }
            : new MappingError(path, null, "(no rule)", message + " (no rule writes this field)") { Kind = MappingErrorKind.Schema };
    }

    private static MappingError DefinitionError(FlowValidationError error) =>
        new("$", null, error.Path, error.Message) { Kind = MappingErrorKind.Definition, Category = ErrorCategory.Platform };

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexPattern();
}
