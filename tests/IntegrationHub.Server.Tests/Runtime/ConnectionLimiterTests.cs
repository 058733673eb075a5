using System.Diagnostics;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Server.Runtime;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Server.Tests.Runtime;

public class ConnectionLimiterTests
{
    [Fact]
    public async Task MaxConcurrency_LetsTwoCallsInAndTheThirdWhenOneEnds()
    {
        using var sut = Limiter(("tryton-erp", new ConnectionLimit { MaxConcurrency = 2 }));
        var first = await sut.AcquireAsync("tryton-erp", CancellationToken.None);
        var second = await sut.AcquireAsync("TRYTON-ERP", CancellationToken.None);

        // Nothing but a release can complete the third acquisition, so its state right after the call is conclusive.
        var third = sut.AcquireAsync("tryton-erp", CancellationToken.None).AsTask();
        var waitingWhileFull = !third.IsCompleted;
        first.Dispose();
        using var admitted = await third.WaitAsync(TimeSpan.FromSeconds(5));
        second.Dispose();

        Assert.True(waitingWhileFull);
    }

    [Fact]
    public async Task MaxWait_FullConnection_FailsAsTransientWithRetryAfterAndSendsNothing()
    {
        using var sut = Limiter(("wms", new ConnectionLimit { MaxConcurrency = 1, MaxWait = TimeSpan.FromMilliseconds(300) }));
        using var held = await sut.AcquireAsync("wms", CancellationToken.None);

        var error = await Assert.ThrowsAsync<StepFailedException>(async () => await sut.AcquireAsync("wms", CancellationToken.None));

        Assert.Equal(ErrorCategory.Transient, error.Category);
        Assert.Equal("connection-throttled", error.Code);
        Assert.NotNull(error.RetryAfter);
        Assert.Contains("'wms' is at its limit (1 call(s) at once)", error.Message);
    }

    [Fact]
    public async Task RequestsPerSecond_SpacesCallStartsAfterTheBurst()
    {
        using var sut = Limiter(("carrier", new ConnectionLimit { RequestsPerSecond = 10, Burst = 2 }));
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < 8; i++)
        {
            using var permit = await sut.AcquireAsync("carrier", CancellationToken.None);
        }

        // 2 at once, then 6 more at 10 per second: at least about 0.6 s (the refill comes in 50 ms steps).
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task UnlimitedConnection_NeverWaits()
    {
        using var sut = Limiter(("erp", new ConnectionLimit { MaxConcurrency = 1 }));

        var permits = new List<IDisposable>();
        for (var i = 0; i < 100; i++)
        {
            permits.Add(await sut.AcquireAsync("portal", CancellationToken.None));
        }

        Assert.Equal(100, permits.Count);
        permits.ForEach(p => p.Dispose());
    }

    [Fact]
    public async Task Cancelled_Caller_GetsCancellationNotAThrottleError()
    {
        using var sut = Limiter(("erp", new ConnectionLimit { MaxConcurrency = 1 }));
        using var held = await sut.AcquireAsync("erp", CancellationToken.None);
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await sut.AcquireAsync("erp", shutdown.Token));
    }

    private static ConnectionLimiter Limiter(params (string Name, ConnectionLimit Limit)[] limits) =>
        new(new FixedMonitor(limits.ToDictionary(l => l.Name, l => l.Limit)));

    private sealed class FixedMonitor(Dictionary<string, ConnectionLimit> value) : IOptionsMonitor<Dictionary<string, ConnectionLimit>>
    {
        public Dictionary<string, ConnectionLimit> CurrentValue => value;

        public Dictionary<string, ConnectionLimit> Get(string? name) => value;

        public IDisposable? OnChange(Action<Dictionary<string, ConnectionLimit>, string?> listener) => null;
    }
}
