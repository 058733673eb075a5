using System.Diagnostics;
using BenchmarkDotNet.Running;
using IntegrationHub.Mapping.Benchmarks;

// dotnet run -c Release --project tests/IntegrationHub.Mapping.Benchmarks -- --filter '*'
// Quick loop for profilers (dotnet-trace) and a rough figure: -- --loop <PreparedPooled|PreparedPooled_WithSchemaValidation> [seconds]
// Naive and prepared side by side from one run: -- --compare [seconds per variant]
if (args is ["--compare", ..])
{
    var benchmarks = new MappingBenchmarks();
    benchmarks.Setup();
    var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
    ComparisonRun.Print(benchmarks, seconds);
    return;
}

if (args is ["--loop", var name, ..])
{
    var benchmarks = new MappingBenchmarks();
    benchmarks.Setup();
    Func<object> run = name switch
    {
        nameof(MappingBenchmarks.PreparedPooled_WithSchemaValidation) => benchmarks.PreparedPooled_WithSchemaValidation,
        nameof(MappingBenchmarks.Naive_NewEnginePerCall) => benchmarks.Naive_NewEnginePerCall,
        _ => benchmarks.PreparedPooled,
    };
    var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;

    // Warm up first: with one processor, tiered compilation takes seconds to reach the optimised code.
    var watch = Stopwatch.StartNew();
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        _ = run();
    }

    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    watch.Restart();
    long count = 0;
    while (watch.Elapsed.TotalSeconds < seconds)
    {
        for (var i = 0; i < 100; i++)
        {
            _ = run();
        }

        count += 100;
    }

    process.Refresh();
    var cpu = process.TotalProcessorTime - cpuBefore;
    var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / count;
    Console.WriteLine($"{name}: {count / watch.Elapsed.TotalSeconds:N0} mappings/s wall ({watch.Elapsed.TotalMicroseconds / count:N2} us each), {count / cpu.TotalSeconds:N0} per CPU-second ({cpu.TotalMicroseconds / count:N2} us CPU each), {allocated:N0} bytes allocated each; gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(MappingBenchmarks).Assembly).Run(args);
