namespace IntegrationHub.X12.ControlNumbers;

/// <summary>Control numbers held in memory: for tests and one-shot tools only (numbers restart with the process).</summary>
public sealed class InMemoryControlNumberStore : IControlNumberStore
{
    private readonly Dictionary<(string, X12ControlNumberKind), long> _last = [];
    private readonly Lock _lock = new();

    /// <summary>Sets the last used number of a sequence (the next allocation returns <paramref name="last"/> + 1).</summary>
    /// <param name="partnerId">Partner id.</param>
    /// <param name="kind">Sequence.</param>
    /// <param name="last">Last used number.</param>
    public void Seed(string partnerId, X12ControlNumberKind kind, long last)
    {
        lock (_lock)
        {
            _last[(partnerId, kind)] = last;
        }
    }

    /// <inheritdoc />
    public ValueTask<long> NextAsync(string partnerId, X12ControlNumberKind kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            _last.TryGetValue((partnerId, kind), out var last);
            var next = X12ControlNumbers.Next(last, partnerId, kind);
            _last[(partnerId, kind)] = next;
            return ValueTask.FromResult(next);
        }
    }
}
