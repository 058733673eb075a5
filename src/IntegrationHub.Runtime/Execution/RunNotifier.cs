using System.Collections.Concurrent;
using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Execution;

/// <summary>Process-local hand-over; callers on other nodes read the store instead.</summary>
internal sealed class RunNotifier : IRunNotifier
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<RunAnswer>> _waiters = new();

    public void Notify(RunAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (_waiters.TryRemove(answer.RunId, out var waiter))
        {
            waiter.TrySetResult(answer);
        }
    }

    public Task<RunAnswer> WaitAsync(Guid runId, CancellationToken cancellationToken)
    {
        var waiter = _waiters.GetOrAdd(runId, _ => new TaskCompletionSource<RunAnswer>(TaskCreationOptions.RunContinuationsAsynchronously));
        return waiter.Task.WaitAsync(cancellationToken);
    }
}
