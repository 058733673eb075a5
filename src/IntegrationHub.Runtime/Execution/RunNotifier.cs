using System.Collections.Concurrent;

namespace IntegrationHub.Runtime.Execution;

/// <summary>Process-local notifications; callers on other nodes poll the store instead.</summary>
internal sealed class RunNotifier : IRunNotifier
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiters = new();

    public void Notify(Guid runId)
    {
        if (_waiters.TryRemove(runId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }

    public async Task WaitAsync(Guid runId, CancellationToken cancellationToken)
    {
        var waiter = _waiters.GetOrAdd(runId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await waiter.Task.WaitAsync(cancellationToken);
    }
}
