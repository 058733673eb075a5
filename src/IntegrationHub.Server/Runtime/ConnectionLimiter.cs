using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Telemetry;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Server.Runtime;

/// <summary>
/// Applies <see cref="ConnectionLimit"/>s to connector calls: a concurrency gate and a token bucket per
/// connection, waited on in arrival order. A call that cannot start within the limit's <c>MaxWait</c> fails as a
/// transient error with a Retry-After, so its retry policy schedules it instead of holding a worker.
/// Limits apply per node; configuration changes take effect for calls that start afterwards.
/// </summary>
internal sealed class ConnectionLimiter : IDisposable
{
    /// <summary>The configuration section, keyed by connection name.</summary>
    public const string SectionName = "Hub:ConnectionLimits";

    private static readonly Counter<long> Throttled = RuntimeTelemetry.Meter.CreateCounter<long>("hub.connection.throttled", description: "Calls refused because their connection's limit stayed full");
    private static readonly Histogram<double> Waited = RuntimeTelemetry.Meter.CreateHistogram<double>("hub.connection.wait", unit: "ms", description: "Time calls waited for their connection's limit");

    private readonly IDisposable? _subscription;
    private volatile Snapshot _current;

    public ConnectionLimiter(IOptionsMonitor<Dictionary<string, ConnectionLimit>> limits)
    {
        _current = new Snapshot(limits.CurrentValue);

        // Calls in flight keep (and release) their old gate; new calls get gates built from the new limits.
        // Old gates are left to the garbage collector: disposing them would fail calls queued on them.
        _subscription = limits.OnChange(changed => _current = new Snapshot(changed));
    }

    /// <summary>Waits for a slot on the connection; dispose the result when the call has ended.</summary>
    /// <exception cref="StepFailedException">The limit stayed full for its whole <c>MaxWait</c> (transient).</exception>
    public async ValueTask<IDisposable> AcquireAsync(string connection, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current.Limits.GetValueOrDefault(connection) is not { } limit || (limit.MaxConcurrency is null && limit.RequestsPerSecond is null))
        {
            return NoPermit.Instance;
        }

        var gate = current.Gates.GetOrAdd(connection, _ => new Gate(limit));
        var started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit.MaxWait);
        try
        {
            var permit = await gate.AcquireAsync(deadline.Token);
            Waited.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("connection", connection));
            return permit;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Throttled.Add(1, new KeyValuePair<string, object?>("connection", connection));
            throw Saturated(connection, limit);
        }
    }

    private static StepFailedException Saturated(string connection, ConnectionLimit limit) => new(
        ErrorCategory.Transient,
        $"connection '{connection}' is at its limit ({Describe(limit)}) and no slot freed within {limit.MaxWait.TotalSeconds:0.#} s; the call was not sent",
        "connection-throttled",
        TimeSpan.FromSeconds(Math.Max(1, limit.MaxWait.TotalSeconds / 2)));

    public void Dispose()
    {
        _subscription?.Dispose();
        foreach (var gate in _current.Gates.Values)
        {
            gate.Dispose();
        }
    }

    private static string Describe(ConnectionLimit limit) => string.Join(", ", new[]
    {
        limit.MaxConcurrency is { } c ? $"{c} call(s) at once" : null,
        limit.RequestsPerSecond is { } r ? $"{r:0.##} call(s) per second" : null,
    }.Where(s => s is not null));

    /// <summary>The limits by connection name (any case) and the gates built from them.</summary>
    private sealed class Snapshot(Dictionary<string, ConnectionLimit> limits)
    {
        public Dictionary<string, ConnectionLimit> Limits { get; } = new(limits, StringComparer.OrdinalIgnoreCase);

        public ConcurrentDictionary<string, Gate> Gates { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>One connection's limiters.</summary>
    private sealed class Gate(ConnectionLimit limit) : IDisposable
    {
        private readonly ConcurrencyLimiter? _concurrency = limit.MaxConcurrency is { } max
            ? new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, max), QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst })
            : null;

        private readonly TokenBucketRateLimiter? _rate = limit.RequestsPerSecond is { } rps
            ? new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, limit.Burst ?? (int)Math.Ceiling(rps)),
                TokensPerPeriod = TokensPerPeriod(rps),
                ReplenishmentPeriod = TimeSpan.FromSeconds(TokensPerPeriod(rps) / rps),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            })
            : null;

        /// <summary>Refills in steps of about 50 ms, so a high rate does not need a timer tick per call.</summary>
        private static int TokensPerPeriod(double rps) => Math.Max(1, (int)Math.Ceiling(rps / 20));

        public async ValueTask<IDisposable> AcquireAsync(CancellationToken cancellationToken)
        {
            RateLimitLease? slot = null;
            if (_concurrency is not null)
            {
                slot = await _concurrency.AcquireAsync(1, cancellationToken);
                if (!slot.IsAcquired)
                {
                    slot.Dispose();
                    throw new OperationCanceledException("the connection's concurrency limit refused the call");
                }
            }

            try
            {
                if (_rate is not null)
                {
                    // A start token is consumed, not returned: the lease is disposed at once.
                    using var token = await _rate.AcquireAsync(1, cancellationToken);
                    if (!token.IsAcquired)
                    {
                        throw new OperationCanceledException("the connection's rate limit refused the call");
                    }
                }
            }
            catch
            {
                slot?.Dispose();
                throw;
            }

            return slot ?? (IDisposable)NoPermit.Instance;
        }

        public void Dispose()
        {
            _concurrency?.Dispose();
            _rate?.Dispose();
        }
    }

    /// <summary>The permit of an unlimited connection.</summary>
    private sealed class NoPermit : IDisposable
    {
        public static readonly NoPermit Instance = new();

        public void Dispose()
        {
        }
    }
}
