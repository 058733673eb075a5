using System.Diagnostics.Metrics;

namespace IntegrationHub.Storage;

/// <summary>The store's metrics (meter <see cref="Name"/>).</summary>
public static class StorageTelemetry
{
    /// <summary>The meter's name.</summary>
    public const string Name = "IntegrationHub.Storage";

    private static readonly Meter Meter = new(Name);

    /// <summary>Gets the statements sent together in one PostgreSQL transaction by the journal's group commit.</summary>
    internal static Histogram<int> JournalBatchSize { get; } = Meter.CreateHistogram<int>(
        "hub.journal.batch.size", "{statement}", "Run inserts and journal commits sent together in one PostgreSQL transaction (group commit).");
}
