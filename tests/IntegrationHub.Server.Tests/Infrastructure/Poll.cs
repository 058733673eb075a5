namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>
/// Reads something the hub changes on its own threads (a run through its API, an event in its store, a document in
/// the ERP it drives) every 100 ms until a condition holds, for at most 30 s.
/// </summary>
internal static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>The first value read that satisfies the condition; after 30 s, the last value read goes to <paramref name="timedOut"/>, which fails the test with what it knows.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, Func<T, Task> timedOut)
    {
        var deadline = DateTimeOffset.UtcNow + Limit;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                await timedOut(value);
                throw new TimeoutException($"the condition did not hold within {Limit.TotalSeconds:0} s");
            }

            await Task.Delay(Interval);
        }
    }
}
