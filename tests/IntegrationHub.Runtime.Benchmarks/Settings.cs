using System.Globalization;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>Command-line settings; the defaults are the benchmark (about 7-8 minutes on 2 cores).</summary>
internal sealed record Settings
{
    public int AsyncRuns { get; init; } = 800;

    public int AsyncWarmupRuns { get; init; } = 50;

    public int AsyncConcurrency { get; init; } = 16;

    public TimeSpan AsyncTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long each target is driven, unmeasured, before its first cell: until its JIT has tiered up the hot path.</summary>
    public TimeSpan SteadyWarmup { get; init; } = TimeSpan.FromSeconds(40);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public IReadOnlyList<int> Concurrencies { get; init; } = [16, 64];

    public bool HttpOnSqlite { get; init; } = true;

    public const string Usage = """
        usage: dotnet run -c Release --project tests/IntegrationHub.Runtime.Benchmarks [-- options]
          --runs N            async runs measured per store (default 800; runs + warm-up <= 1000)
          --async-warmup N    async warm-up runs per store (default 50)
          --duration S        measured seconds per HTTP cell (default 10)
          --warmup S          warm-up seconds per HTTP cell (default 3)
          --steady-warmup S   unmeasured seconds at the highest concurrency before each target's first HTTP cell,
                              so every target is measured after its JIT has tiered up (default 40; quick 15)
          --concurrency a,b   HTTP concurrencies (default 16,64)
          --no-sqlite-http    skip the HTTP cells of the hub on SQLite
          --quick             smoke run: 100 runs, 1 s warm-up, 15 s steady warm-up, 3 s cells
        environment: HUB_TEST_POSTGRES (use this server instead of starting one), HUB_SERVER_DLL (hub build to run)
        """;

    public static Settings Parse(IReadOnlyList<string> args)
    {
        var s = new Settings();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            s = args[i] switch
            {
                "--runs" => s with { AsyncRuns = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--async-warmup" => s with { AsyncWarmupRuns = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--duration" => s with { Duration = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--warmup" => s with { Warmup = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--steady-warmup" => s with { SteadyWarmup = TimeSpan.FromSeconds(double.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--concurrency" => s with { Concurrencies = [.. Next().Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))] },
                "--no-sqlite-http" => s with { HttpOnSqlite = false },
                "--quick" => s with { AsyncRuns = 100, AsyncWarmupRuns = 10, Warmup = TimeSpan.FromSeconds(1), SteadyWarmup = TimeSpan.FromSeconds(15), Duration = TimeSpan.FromSeconds(3) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        if (s.AsyncRuns < 1 || s.AsyncWarmupRuns < 1 || s.AsyncRuns + s.AsyncWarmupRuns > 1000)
        {
            throw new ArgumentException("--runs and --async-warmup must be >= 1 and add up to at most 1000 (the runs API lists at most 1000)");
        }

        if (s.Duration <= TimeSpan.Zero || s.Duration > TimeSpan.FromSeconds(60) || s.Warmup < TimeSpan.Zero || s.SteadyWarmup < TimeSpan.Zero || s.Concurrencies.Any(c => c is < 1 or > 512))
        {
            throw new ArgumentException("--duration must be in (0, 60] s, --warmup and --steady-warmup >= 0, concurrencies in 1..512");
        }

        return s;
    }
}
