using System.Threading.Channels;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Execution;
using IntegrationHub.Runtime.Triggers;

namespace IntegrationHub.Runtime.Tests.Infrastructure;

/// <summary>A dispatcher for tests: a queue worked by a few background loops, timers on the real clock.</summary>
public sealed class InProcessDispatcher : IRunDispatcher, IAsyncDisposable
{
    private readonly Channel<Func<CancellationToken, Task>> _work = Channel.CreateUnbounded<Func<CancellationToken, Task>>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers = [];
    private int _disposed;

    public RunExecutor? Executor { get; set; }

    public EventRouter? Router { get; set; }

    /// <summary>Gets or sets whether dispatching is paused (jobs are dropped, as if lost with a crashed node).</summary>
    public bool DropEverything { get; set; }

    public ConcurrentCounter Enqueued { get; } = new();

    /// <summary>Gets the exceptions jobs failed with (the worker loops carry on after each).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<Exception> Failures { get; } = new();

    public void Start(int workers = 4)
    {
        for (var i = 0; i < workers; i++)
        {
            _workers.Add(Task.Run(WorkAsync));
        }
    }

    public void Enqueue(Guid runId)
    {
        Enqueued.Increment();
        Post(ct => Executor!.ExecuteAsync(runId, ct));
    }

    public void Schedule(Guid runId, DateTimeOffset at)
    {
        var delay = at - DateTimeOffset.UtcNow;
        _ = Task.Run(async () =>
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _stop.Token);
            }

            Enqueue(runId);
        });
    }

    public void DispatchEvent(string eventId) => Post(ct => Router!.RouteAsync(eventId, ct));

    public IntegrationHub.Runtime.Operations.BulkReplay? BulkReplay { get; set; }

    public void RunBulkOperation(Guid operationId) => Post(ct => BulkReplay!.RunAsync(operationId, ct));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        _work.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_workers);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private void Post(Func<CancellationToken, Task> job)
    {
        if (!DropEverything)
        {
            _work.Writer.TryWrite(job);
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var job in _work.Reader.ReadAllAsync(_stop.Token))
        {
            try
            {
                await job(_stop.Token);
            }
            catch (Exception e) when (e is SimulatedCrashException or OperationCanceledException)
            {
                // A simulated process death: the pass is abandoned mid-way, exactly like kill -9 from the store's view.
            }
            catch (Exception e)
            {
                // A failed job, as Hangfire would see it: the worker carries on and the recovery sweep hands the run back.
                Failures.Enqueue(e);
            }
        }
    }
}

/// <summary>A thread-safe counter.</summary>
public sealed class ConcurrentCounter
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public void Increment() => Interlocked.Increment(ref _value);
}
