using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using IntegrationHub.Mapping.Catalog;

namespace IntegrationHub.Mapping.Benchmarks;

/// <summary>
/// Mappings per second on one core for a 20-field order with 10 lines (30 rule kinds: paths, lookups, type
/// conversions, expressions with convertUnit): a new engine per call vs compiled mapping on pooled engines.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCore))]
public class MappingBenchmarks
{
    private MappingCatalog _catalog = null!;
    private MappingEngine _prepared = null!;
    private MappingEngine _preparedNoValidation = null!;
    private JsonNode _order = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = BenchmarkData.Catalog();
        _catalog.AddSchema("bench-order", """
            { "type": "object", "required": ["orderNumber", "lines"], "properties": { "orderNumber": { "type": "string" },
              "lines": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["sku", "quantity"],
                "properties": { "sku": { "type": "string" }, "quantity": { "type": "number", "exclusiveMinimum": 0 } } } } } }
            """);
        _catalog.AddMapping(BenchmarkData.Mapping.Replace("\"name\": \"Benchmark order\",", "\"name\": \"Benchmark order\", \"targetSchema\": \"bench-order\",", StringComparison.Ordinal));
        _order = BenchmarkData.Order();
        _prepared = new MappingEngine(_catalog);
        _preparedNoValidation = new MappingEngine(_catalog, new MappingOptions { ValidateOutput = false });
        _ = _prepared.Map(BenchmarkData.MappingId, _order).ThrowIfFailed();
        _ = _preparedNoValidation.Map(BenchmarkData.MappingId, _order).ThrowIfFailed();
    }

    /// <summary>A new engine for every call: sandbox engine, prelude and compilation are paid each time.</summary>
    [Benchmark(Baseline = true)]
    public JsonNode Naive_NewEnginePerCall() =>
        new MappingEngine(_catalog, new MappingOptions { PoolSize = 0, ValidateOutput = false }).Map(BenchmarkData.MappingId, _order).ThrowIfFailed();

    /// <summary>Compiled once, pooled engines, no target-schema validation.</summary>
    [Benchmark]
    public JsonNode PreparedPooled() => _preparedNoValidation.Map(BenchmarkData.MappingId, _order).ThrowIfFailed();

    /// <summary>Compiled once, pooled engines, output validated against the target schema (NJsonSchema).</summary>
    [Benchmark]
    public JsonNode PreparedPooled_WithSchemaValidation() => _prepared.Map(BenchmarkData.MappingId, _order).ThrowIfFailed();

    private sealed class OneCore : ManualConfig
    {
        public OneCore()
        {
            AddJob(Job.ShortRun.WithAffinity(1).WithGcServer(false));
        }
    }
}
