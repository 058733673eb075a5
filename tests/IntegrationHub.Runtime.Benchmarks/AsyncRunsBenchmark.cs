using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>One store's row of the async table.</summary>
internal sealed record AsyncResult(
    string Store,
    int Runs,
    TimeSpan Elapsed,
    TimeSpan AcceptElapsed,
    long Succeeded,
    long Failed,
    double CommitsPerRun,
    double? DatabaseTransactionsPerRun,
    double HubCpuMsPerRun,
    int SucceededPerApi)
{
    public double RunsPerSecond => Runs / Elapsed.TotalSeconds;

    public double AcceptedPerSecond => Runs / AcceptElapsed.TotalSeconds;
}

/// <summary>
/// Flow A: <c>POST /api/flows/bench-async/runs</c> (202) N times at bounded concurrency, as fast as the hub accepts
/// them; the runs are dispatched through Hangfire and executed by the hub's workers. Throughput is N divided by the
/// time from the first start request to the N-th finished run (the hub's <c>hub.runs.finished</c> counter); the
/// runs API confirms the succeeded count afterwards.
/// </summary>
internal static class AsyncRunsBenchmark
{
    private static long _sequence = 10_000_000;

    public static async Task<AsyncResult> RunAsync(string store, HubProcess hub, Func<CancellationToken, Task<long>>? databaseTransactions, Settings settings, CancellationToken ct)
    {
        // Warm-up: JIT, pools, Hangfire workers, the sink connection.
        var start = hub.Metrics();
        await StartRunsAsync(hub, settings.AsyncWarmupRuns, settings.AsyncConcurrency, ct);
        await WaitFinishedAsync(hub, start.Finished + settings.AsyncWarmupRuns, settings.AsyncTimeout, ct);

        // Let the hub go idle so the database statistics of the warm-up are flushed (PostgreSQL reports them within ~1 s).
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var before = hub.Metrics();
        var cpuBefore = hub.CpuTime;
        var xactBefore = databaseTransactions is null ? 0 : await databaseTransactions(ct);

        var clock = Stopwatch.StartNew();
        await StartRunsAsync(hub, settings.AsyncRuns, settings.AsyncConcurrency, ct);
        var accepted = clock.Elapsed;
        await WaitFinishedAsync(hub, before.Finished + settings.AsyncRuns, settings.AsyncTimeout, ct);
        var elapsed = clock.Elapsed;
        var cpu = hub.CpuTime - cpuBefore;

        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var after = hub.Metrics();
        var xact = databaseTransactions is null ? (long?)null : await databaseTransactions(ct) - xactBefore;
        var finished = Math.Max(1, after.Finished - before.Finished);
        var succeededPerApi = await hub.CountRunsAsync(BenchmarkFlows.AsyncFlowId, "succeeded", ct);
        return new AsyncResult(
            store,
            settings.AsyncRuns,
            elapsed,
            accepted,
            after.Succeeded - before.Succeeded,
            after.Failed - before.Failed,
            (after.Commits - before.Commits) / (double)finished,
            xact / (double)settings.AsyncRuns,
            cpu.TotalMilliseconds / settings.AsyncRuns,
            succeededPerApi);
    }

    private static async Task StartRunsAsync(HubProcess hub, int count, int concurrency, CancellationToken ct)
    {
        var next = 0;
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(
            async () =>
            {
                while (Interlocked.Increment(ref next) <= count)
                {
                    using var content = new ByteArrayContent(Orders.Create(Interlocked.Increment(ref _sequence))) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
                    using var response = await hub.Api.PostAsync($"api/flows/{BenchmarkFlows.AsyncFlowId}/runs", content, ct);
                    if (response.StatusCode != HttpStatusCode.Accepted)
                    {
                        throw new InvalidOperationException($"POST /api/flows/{BenchmarkFlows.AsyncFlowId}/runs answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                    }
                }
            },
            ct));
        await Task.WhenAll(workers);
    }

    private static async Task WaitFinishedAsync(HubProcess hub, long target, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (hub.Metrics().Finished < target)
        {
            if (clock.Elapsed > timeout)
            {
                var m = hub.Metrics();
                throw new TimeoutException($"only {m.Finished} of {target} runs finished within {timeout.TotalSeconds:0} s (succeeded {m.Succeeded}, failed {m.Failed}); hub log:\n{hub.LogTail()}");
            }

            await Task.Delay(20, ct);
        }
    }
}
