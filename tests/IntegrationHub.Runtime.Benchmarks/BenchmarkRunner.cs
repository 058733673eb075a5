using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using IntegrationHub.TestUtils.Http;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>One cell of the HTTP table.</summary>
internal sealed record HttpCell(string Target, LoadResult Load, double? CommitsPerRun, double? DatabaseTransactionsPerRun, double? HubCpuMsPerRequest, long JitMethods);

/// <summary>Starts everything, runs every phase in order, prints the tables, and stops everything it started.</summary>
internal static class BenchmarkRunner
{
    private const string CeilingTarget = "ceiling (minimal API)";
    private const string FloorTarget = "durable floor (2 PG writes)";
    private const string JournalTarget = "hub journal only (RunStore)";

    public static async Task<int> RunAsync(Settings settings, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var loadBefore = LoadAverage();
        var root = HubProcess.RepositoryRoot;
        var work = Directory.CreateTempSubdirectory("hub-bench.").FullName;
        Log($"work folder {work}; hub build {HubProcess.ServerDll}");
        var asyncResults = new List<AsyncResult>();
        var httpCells = new List<HttpCell>();
        string pgOrigin = "-", pgVersion = "-";
        PostgresTestbed? postgres = null;
        LoopbackServer? sinkServer = null, ceilingServer = null, floorServer = null, journalServer = null;
        Ceiling? ceiling = null;
        JournalFloor? floor = null;
        HubJournalFloor? journal = null;
        var sink = new Sink();
        try
        {
            Log("starting PostgreSQL");
            postgres = await PostgresTestbed.StartAsync(root, ct);
            pgOrigin = postgres.Origin;
            pgVersion = await postgres.ServerVersionAsync(ct);
            sinkServer = await LoopbackServer.StartAsync(sink.Map);
            ceiling = new Ceiling(sinkServer.BaseUri);
            ceilingServer = await LoopbackServer.StartAsync(ceiling.Map);
            Log($"sink {sinkServer.BaseUri}orders, ceiling {ceilingServer.BaseUri}orders");
            var flows = BenchmarkFlows.WriteFolder(work);

            await SteadyAsync("ceiling", new Uri(ceilingServer.BaseUri, "orders"), null, settings, ct);
            foreach (var c in settings.Concurrencies)
            {
                Log($"HTTP ceiling c={c}");
                var jit = JitInfo.GetCompiledMethodCount();
                var load = await LoadGenerator.RunAsync(new Uri(ceilingServer.BaseUri, "orders"), null, c, settings.Warmup, settings.Duration, ct);
                httpCells.Add(new HttpCell(CeilingTarget, load, null, null, null, JitInfo.GetCompiledMethodCount() - jit));
            }

            var floorDatabase = $"hub_floor_{Guid.NewGuid():N}"[..28];
            floor = await JournalFloor.CreateAsync(ceiling, await postgres.CreateDatabaseAsync(floorDatabase, ct), ct);
            floorServer = await LoopbackServer.StartAsync(floor.Map);
            await FloorCellsAsync(FloorTarget, new Uri(floorServer.BaseUri, "orders"), postgres, floorDatabase, floor.RunsAsync, 2, httpCells, settings, ct);

            var journalDatabase = $"hub_journal_{Guid.NewGuid():N}"[..28];
            journal = await HubJournalFloor.CreateAsync(ceiling, await postgres.CreateDatabaseAsync(journalDatabase, ct), ct);
            journalServer = await LoopbackServer.StartAsync(journal.Map);
            await FloorCellsAsync(JournalTarget, new Uri(journalServer.BaseUri, "orders"), postgres, journalDatabase, journal.RunsAsync, 3, httpCells, settings, ct);

            foreach (var provider in new[] { "Postgres", "Sqlite" })
            {
                var label = provider == "Postgres" ? "PostgreSQL" : "SQLite";
                var folder = Directory.CreateDirectory(Path.Combine(work, provider.ToLowerInvariant())).FullName;
                var database = $"hub_bench_{Guid.NewGuid():N}"[..28];
                var connectionString = provider == "Postgres" ? await postgres.CreateDatabaseAsync(database, ct) : null;
                Func<CancellationToken, Task<long>>? xact = provider == "Postgres" ? t => postgres.CommittedTransactionsAsync(database, t) : null;
                Log($"starting the hub on {label}");
                await using var hub = await HubProcess.StartAsync(new HubStart(label, provider, connectionString, folder, flows), ct);
                Log($"hub pid {hub.ProcessId} at {hub.Address}: {hub.CommandLine}");
                await hub.CreateSinkConnectionAsync(BenchmarkFlows.SinkConnection, sinkServer.BaseUri, ct);

                Log($"async runs on {label}: {settings.AsyncWarmupRuns} warm-up + {settings.AsyncRuns} measured");
                var result = await AsyncRunsBenchmark.RunAsync(label, hub, xact, settings, ct);
                asyncResults.Add(result);
                Log($"  {result.RunsPerSecond:0.0} runs/s, {result.CommitsPerRun:0.00} journal commits/run");

                if (provider == "Postgres" || settings.HttpOnSqlite)
                {
                    await SteadyAsync($"hub on {label}", new Uri(hub.Address, "hooks/" + BenchmarkFlows.HookPath), hub.ApiKey, settings, ct);
                    foreach (var c in settings.Concurrencies)
                    {
                        Log($"HTTP hub on {label} c={c}");
                        httpCells.Add(await RunHubCellAsync($"hub on {label}", hub, xact, c, settings, ct));
                    }
                }
            }

            Print(settings, asyncResults, httpCells, pgOrigin, pgVersion, sink, total.Elapsed, loadBefore);
            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"benchmark failed: {e}");
            if (asyncResults.Count > 0 || httpCells.Count > 0)
            {
                Print(settings, asyncResults, httpCells, pgOrigin, pgVersion, sink, total.Elapsed, loadBefore);
            }

            return 1;
        }
        finally
        {
            Log("stopping the sink, the ceiling and PostgreSQL");
            if (ceilingServer is not null)
            {
                await ceilingServer.DisposeAsync();
            }

            if (floorServer is not null)
            {
                await floorServer.DisposeAsync();
            }

            if (floor is not null)
            {
                await floor.DisposeAsync();
            }

            if (journalServer is not null)
            {
                await journalServer.DisposeAsync();
            }

            if (journal is not null)
            {
                await journal.DisposeAsync();
            }

            ceiling?.Dispose();
            if (sinkServer is not null)
            {
                await sinkServer.DisposeAsync();
            }

            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }

            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Drives a floor (a handler in this process writing to its own database) to steady state, then measures each concurrency.</summary>
    private static async Task FloorCellsAsync(string target, Uri url, PostgresTestbed postgres, string database, Func<CancellationToken, Task<long>> runs, double writesPerRun, List<HttpCell> cells, Settings settings, CancellationToken ct)
    {
        await SteadyAsync(target, url, null, settings, ct);
        foreach (var c in settings.Concurrencies)
        {
            Log($"HTTP {target} c={c}");
            var (xactsBefore, runsBefore) = (await postgres.CommittedTransactionsAsync(database, ct), await runs(ct));
            var jit = JitInfo.GetCompiledMethodCount();
            var load = await LoadGenerator.RunAsync(url, null, c, settings.Warmup, settings.Duration, ct);
            var done = await runs(ct) - runsBefore;
            var xacts = await postgres.CommittedTransactionsAsync(database, ct) - xactsBefore;
            cells.Add(new HttpCell(target, load, writesPerRun, xacts / (double)Math.Max(1, done), null, JitInfo.GetCompiledMethodCount() - jit));
        }
    }

    private static async Task<HttpCell> RunHubCellAsync(string target, HubProcess hub, Func<CancellationToken, Task<long>>? xact, int concurrency, Settings settings, CancellationToken ct)
    {
        var before = hub.Metrics();
        var cpuBefore = hub.CpuTime;
        var xactBefore = xact is null ? 0 : await xact(ct);
        var load = await LoadGenerator.RunAsync(new Uri(hub.Address, "hooks/" + BenchmarkFlows.HookPath), hub.ApiKey, concurrency, settings.Warmup, settings.Duration, ct);
        var cpu = hub.CpuTime - cpuBefore;

        // Runs answer at their respond step and commit their end right after: wait until every started run finished.
        var settle = Stopwatch.StartNew();
        while (settle.Elapsed < TimeSpan.FromSeconds(10) && hub.Metrics() is var m && m.Finished - before.Finished < m.Started - before.Started)
        {
            await Task.Delay(50, ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var after = hub.Metrics();
        var runs = Math.Max(1, after.Finished - before.Finished);
        double? xactPerRun = xact is null ? null : (await xact(ct) - xactBefore) / (double)runs;

        // CPU of the whole cell (warm-up included) over every request the cell made.
        var requests = Math.Max(1, after.Started - before.Started);
        return new HttpCell(target, load, (after.Commits - before.Commits) / (double)runs, xactPerRun, cpu.TotalMilliseconds / requests, after.JitMethods - before.JitMethods);
    }

    /// <summary>
    /// Drives a target, unmeasured, at the highest concurrency until its hot path is compiled at the JIT's top
    /// tier: a freshly started hub spends a large share of its CPU in tiered compilation for tens of seconds.
    /// </summary>
    private static async Task SteadyAsync(string target, Uri url, string? apiKey, Settings settings, CancellationToken ct)
    {
        if (settings.SteadyWarmup <= TimeSpan.Zero)
        {
            return;
        }

        Log($"steady-state warm-up of the {target}: {settings.SteadyWarmup.TotalSeconds:0} s at c={settings.Concurrencies.Max()}");
        await LoadGenerator.RunAsync(url, apiKey, settings.Concurrencies.Max(), TimeSpan.Zero, settings.SteadyWarmup, ct);
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static void Log(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

    private static void Print(Settings s, List<AsyncResult> asyncResults, List<HttpCell> cells, string pgOrigin, string pgVersion, Sink sink, TimeSpan elapsed, string loadBefore)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("==== IntegrationHub runtime benchmark (issue 8) ====");
        Console.WriteLine($"machine   : {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {RuntimeInformation.ProcessArchitecture}");
        Console.WriteLine($"sharing   : the load generator, the sink and the ceiling app (this process), the hub (child process) and PostgreSQL all share these {Environment.ProcessorCount} cores; figures are relative, not capacity");
        Console.WriteLine($"load avg  : {loadBefore} before, {LoadAverage()} at the end (1/5/15 min; well above 0 before = other work on the machine skews the figures)");
        Console.WriteLine($"hub       : {HubProcess.ServerDll} (Release build, Hub:Role=all, Logging:Default=Warning, fresh database per store)");
        Console.WriteLine($"PostgreSQL: {pgVersion} via {pgOrigin} (fsync on); Hangfire on PostgreSQL with it; SQLite: file in a temp DataFolder, Hangfire in memory");
        Console.WriteLine($"payload   : {Orders.Create(1).Length}-byte order; map = 10 fields incl. 3 mapped lines and a total; sink = Kestrel POST /orders in this process ({sink.Requests.ToString("N0", inv)} requests served)");
        Console.WriteLine();
        Console.WriteLine($"Async 3-step runs (manual trigger -> Hangfire -> set/map, call sink, set): {s.AsyncRuns} runs measured after {s.AsyncWarmupRuns} warm-up, started by {s.AsyncConcurrency} concurrent POST /api/flows/{BenchmarkFlows.AsyncFlowId}/runs");
        var asyncRows = asyncResults.Select(r => new[]
        {
            r.Store,
            r.Runs.ToString(inv),
            r.RunsPerSecond.ToString("0.0", inv),
            r.AcceptedPerSecond.ToString("0.0", inv),
            r.CommitsPerRun.ToString("0.00", inv),
            r.DatabaseTransactionsPerRun?.ToString("0.0", inv) ?? "n/a",
            r.HubCpuMsPerRun.ToString("0.0", inv),
            $"{r.Succeeded}/{r.Failed}",
            r.SucceededPerApi.ToString(inv),
        }).ToList();
        Table(["store", "runs", "runs/s", "accepted/s", "journal commits/run", "PG xacts/run", "hub CPU ms/run", "ok/failed", "succeeded (API)"], asyncRows);
        Console.WriteLine("  runs/s: measured runs / (first start request -> last run finished); accepted/s: 202s per second while starting.");
        Console.WriteLine("  journal commits/run: the hub's own counter hub.journal.commits (meter IntegrationHub.Runtime, read in-process via a startup hook) per finished run.");
        Console.WriteLine("  PG xacts/run: pg_stat_database.xact_commit delta of the hub database per run: every committed transaction (start API incl. API key, audit, Hangfire queue, lease, journal).");
        Console.WriteLine();
        Console.WriteLine($"HTTP-triggered flow POST /hooks/{BenchmarkFlows.HookPath} (set/map, call sink, respond with the sink's answer) vs the ceiling (minimal API: same map in C#, POST to the sink, no journal); closed loop, each target first driven {s.SteadyWarmup.TotalSeconds.ToString(inv)} s unmeasured at c={s.Concurrencies.Max().ToString(inv)} (steady state), then {s.Warmup.TotalSeconds.ToString(inv)} s warm-up + {s.Duration.TotalSeconds.ToString(inv)} s per cell");
        var rows = new List<string[]>();
        foreach (var cell in cells)
        {
            var ceiling = cells.FirstOrDefault(c => c.Target == CeilingTarget && c.Load.Concurrency == cell.Load.Concurrency);
            var ratio = cell.Target == CeilingTarget || ceiling is null ? "1.00" : (cell.Load.RequestsPerSecond / ceiling.Load.RequestsPerSecond).ToString("0.00", inv);
            rows.Add(
            [
                cell.Target,
                cell.Load.Concurrency.ToString(inv),
                cell.Load.RequestsPerSecond.ToString("0.0", inv),
                cell.Load.P50Ms.ToString("0.0", inv),
                cell.Load.P99Ms.ToString("0.0", inv),
                cell.Load.Ok.ToString(inv),
                $"{cell.Load.NotOk}/{cell.Load.Errors}",
                ratio,
                cell.CommitsPerRun?.ToString("0.00", inv) ?? "-",
                cell.DatabaseTransactionsPerRun?.ToString("0.0", inv) ?? "-",
                cell.HubCpuMsPerRequest?.ToString("0.00", inv) ?? "-",
                cell.JitMethods.ToString(inv),
            ]);
        }

        Table(["target", "conc", "req/s", "p50 ms", "p99 ms", "200s", "non-200/err", "x ceiling", "commits/run", "PG xacts/run", "hub CPU ms/req", "JIT methods"], rows);
        foreach (var problem in cells.Where(c => c.Load.FirstProblem is not null))
        {
            Console.WriteLine($"  first problem, {problem.Target} c={problem.Load.Concurrency}: {problem.Load.FirstProblem}");
        }

        Console.WriteLine("  req/s and latencies count 200 answers completed in the measured window; x ceiling = req/s / ceiling req/s at the same concurrency.");
        Console.WriteLine("  JIT methods: methods the JIT compiled during the cell (the hub process for hub rows, this process for the others); thousands = not yet at steady state (a hub under load in its first minute compiles about 500 per second).");
        Console.WriteLine("  durable floor = the ceiling + the two single-statement PostgreSQL writes a durable run cannot skip (run with its in-flight call before the POST, result after), nothing else: what the database alone costs.");
        Console.WriteLine("  hub journal only = the ceiling + the hub's own RunStore making the hub's three writes for this flow (run created leased, checkpoint before the call, final commit), with its group commit; no flow or expression engine, connector stack, authentication or middleware: the journal's share of the hub's cost.");
        foreach (var cell in cells.Where(c => c.Target is not CeilingTarget and not FloorTarget and not JournalTarget))
        {
            var ceiling = cells.FirstOrDefault(c => c.Target == CeilingTarget && c.Load.Concurrency == cell.Load.Concurrency);
            if (ceiling is not null)
            {
                var ratio = cell.Load.RequestsPerSecond / ceiling.Load.RequestsPerSecond;
                Console.WriteLine($"  target >= 0.50 x ceiling: {cell.Target} c={cell.Load.Concurrency}: {ratio.ToString("0.00", inv)} {(ratio >= 0.5 ? "MET" : "NOT MET")}");
            }
        }

        Console.WriteLine($"total time {elapsed.TotalSeconds.ToString("0", inv)} s");
    }

    private static void Table(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |";
        Console.WriteLine(Line(header));
        Console.WriteLine("|" + string.Join("|", widths.Select((w, i) => i == 0 ? new string('-', w + 2) : new string('-', w + 1) + ":")) + "|");
        foreach (var row in rows)
        {
            Console.WriteLine(Line(row));
        }
    }
}
