using System.Diagnostics;
using System.Globalization;

namespace IntegrationHub.Mapping.Benchmarks;

/// <summary>
/// Naive, prepared and prepared-with-validation in one process: the variants take turns in short slices, so a machine
/// shared with other work slows them alike, and the figures are compared by the median slice rather than a total.
/// </summary>
public static class ComparisonRun
{
    public static void Print(MappingBenchmarks benchmarks, double secondsPerVariant)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        (string Name, Func<object> Run, int Batch)[] variants =
        [
            ("naive (new engine per call)", benchmarks.Naive_NewEnginePerCall, 2),
            ("prepared + pooled", benchmarks.PreparedPooled, 200),
            ("prepared + pooled + target-schema validation", benchmarks.PreparedPooled_WithSchemaValidation, 200),
        ];

        // Warm up every variant: with one processor, tiered compilation takes seconds to reach the optimised code.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 5)
        {
            foreach (var (_, run, _) in variants)
            {
                run();
            }
        }

        var slices = variants.Select(_ => new List<double>()).ToArray();
        var allocated = new long[variants.Length];
        var calls = new long[variants.Length];
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < secondsPerVariant * variants.Length)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                var (_, run, batch) = variants[v];
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < batch; i++)
                {
                    run();
                }

                slices[v].Add(batch / watch.Elapsed.TotalSeconds);
                allocated[v] += GC.GetAllocatedBytesForCurrentThread() - before;
                calls[v] += batch;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"20-field order with 10 lines, one thread, {Environment.ProcessorCount} processor(s) visible, {slices[0].Count} slices per variant"));
        Console.WriteLine("variant                                          median/s      p90/s   us each   bytes/call");
        for (var v = 0; v < variants.Length; v++)
        {
            var sorted = slices[v].Order().ToList();
            var median = sorted[sorted.Count / 2];
            var p90 = sorted[(int)(sorted.Count * 0.9)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{variants[v].Name,-46} {median,10:N0} {p90,10:N0} {1e6 / median,9:N2} {allocated[v] / calls[v],12:N0}"));
        }

        var naive = slices[0].Order().ElementAt(slices[0].Count / 2);
        var prepared = slices[1].Order().ElementAt(slices[1].Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prepared + pooled is {prepared / naive:N0}x the naive path"));
    }
}
