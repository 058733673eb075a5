using System.Collections.Concurrent;
using IntegrationHub.Mapping.Lookups;

namespace IntegrationHub.Mapping.Sandbox;

/// <summary>
/// Keeps idle sandbox engines for reuse. Creating an engine (realm, prelude, freeze) costs far more than an
/// expression, and an engine serves only one caller at a time, so each caller rents one for its whole operation.
/// </summary>
internal sealed class SandboxEnginePool(MappingOptions options, TimeProvider timeProvider)
{
    private readonly ConcurrentBag<SandboxEngine> _idle = [];
    private int _idleCount;

    public MappingOptions Options => options;

    /// <summary>Rents an engine and arms its deadline; dispose the lease to give it back.</summary>
    public SandboxLease Rent(TimeSpan budget, Func<string, LookupTable?>? lookups, CancellationToken ct)
    {
        if (_idle.TryTake(out var engine))
        {
            Interlocked.Decrement(ref _idleCount);
        }
        else
        {
            engine = new SandboxEngine(options, timeProvider);
        }

        engine.Lookups = lookups;
        engine.Begin(budget, ct);
        return new SandboxLease(this, engine);
    }

    public void Return(SandboxEngine engine)
    {
        engine.End();
        if (engine.Poisoned)
        {
            engine.Dispose();
            return;
        }

        if (Interlocked.Increment(ref _idleCount) <= options.PoolSize)
        {
            _idle.Add(engine);
        }
        else
        {
            Interlocked.Decrement(ref _idleCount);
            engine.Dispose();
        }
    }
}
