using BenchmarkDotNet.Running;
using IntegrationHub.Mapping.Benchmarks;

// dotnet run -c Release --project tests/IntegrationHub.Mapping.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(MappingBenchmarks).Assembly).Run(args);
