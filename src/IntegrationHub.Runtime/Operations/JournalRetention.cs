using IntegrationHub.Runtime.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Runtime.Operations;

/// <summary>
/// Applies <see cref="RuntimeOptions.SucceededPayloadRetention"/>: removes the payloads of succeeded runs once
/// they are older than the setting, in batches, keeping each run's timeline, keys, errors and HTTP answer.
/// </summary>
public sealed partial class JournalRetention(IRunStore store, TimeProvider clock, IOptions<RuntimeOptions> options, ILogger<JournalRetention> logger)
{
    private const int BatchSize = 200;

    /// <summary>Prunes every run past the retention period; returns how many runs were pruned.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.SucceededPayloadRetention is not { } retention)
        {
            return 0;
        }

        var before = clock.GetUtcNow() - retention;
        var total = 0;
        int pruned;
        do
        {
            pruned = await store.PrunePayloadsAsync(before, BatchSize, cancellationToken);
            total += pruned;
        }
        while (pruned == BatchSize);

        if (total > 0)
        {
            LogPruned(logger, total, before);
        }

        return total;
    }

    [LoggerMessage(EventId = 5501, Level = LogLevel.Information, Message = "Journal retention removed the payloads of {Runs} succeeded run(s) completed before {Before:o}")]
    private static partial void LogPruned(ILogger logger, int runs, DateTimeOffset before);
}
