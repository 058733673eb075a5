using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace IntegrationHub.Runtime.Benchmarks;

/// <summary>One cell of the HTTP table: throughput and latency of 200 answers in the measured window.</summary>
internal sealed record LoadResult(int Concurrency, TimeSpan Window, long Ok, long NotOk, long Errors, double RequestsPerSecond, double P50Ms, double P99Ms, double MaxMs, string? FirstProblem);

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers each send the order and wait for the full answer before the next one,
/// over one SocketsHttpHandler with a connection per worker. Requests finishing during the warm-up are not counted;
/// the measured window is fixed; every worker stops by itself at its end.
/// </summary>
internal static class LoadGenerator
{
    private static long _sequence;

    public static async Task<LoadResult> RunAsync(Uri url, string? apiKey, int concurrency, TimeSpan warmup, TimeSpan duration, CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var measureTo = warmup + duration;
        var workers = new Task<WorkerResult>[concurrency];
        for (var i = 0; i < concurrency; i++)
        {
            workers[i] = Task.Run(() => WorkerAsync(client, url, apiKey, clock, measureFrom, measureTo, ct), ct);
        }

        var results = await Task.WhenAll(workers);
        var latencies = results.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(latencies);
        var ok = results.Sum(r => r.Ok);
        return new LoadResult(
            concurrency,
            duration,
            ok,
            results.Sum(r => r.NotOk),
            results.Sum(r => r.Errors),
            ok / duration.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? double.NaN : latencies[^1],
            results.Select(r => r.FirstProblem).FirstOrDefault(p => p is not null));
    }

    private static async Task<WorkerResult> WorkerAsync(HttpClient client, Uri url, string? apiKey, Stopwatch clock, TimeSpan measureFrom, TimeSpan measureTo, CancellationToken ct)
    {
        var result = new WorkerResult();
        while (clock.Elapsed < measureTo && !ct.IsCancellationRequested)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new ByteArrayContent(Orders.Create(Interlocked.Increment(ref _sequence))) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            };
            if (apiKey is not null)
            {
                request.Headers.Add("X-Api-Key", apiKey);
            }

            var started = clock.Elapsed;
            HttpStatusCode? status = null;
            string? problem = null;
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
                status = response.StatusCode;
                if (status != HttpStatusCode.OK && result.FirstProblem is null)
                {
                    problem = $"{(int)response.StatusCode}: {Truncate(await response.Content.ReadAsStringAsync(ct))}";
                }
            }
            catch (HttpRequestException e)
            {
                problem = e.Message;
            }
            catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
            {
                problem = "timeout: " + e.Message;
            }

            var finished = clock.Elapsed;
            if (finished < measureFrom || finished > measureTo)
            {
                continue;
            }

            result.FirstProblem ??= problem;
            if (status == HttpStatusCode.OK)
            {
                result.Ok++;
                result.Latencies.Add((finished - started).TotalMilliseconds);
            }
            else if (status is null)
            {
                result.Errors++;
            }
            else
            {
                result.NotOk++;
            }
        }

        return result;
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private sealed class WorkerResult
    {
        public List<double> Latencies { get; } = new(4096);

        public long Ok { get; set; }

        public long NotOk { get; set; }

        public long Errors { get; set; }

        public string? FirstProblem { get; set; }
    }
}
