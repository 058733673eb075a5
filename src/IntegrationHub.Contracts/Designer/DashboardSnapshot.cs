namespace IntegrationHub.Contracts.Designer;

/// <summary>The dashboard's figures for one window.</summary>
/// <param name="From">Start of the window.</param>
/// <param name="To">End of the window.</param>
/// <param name="BucketStarts">The start of each time bucket, in order; every series has one count per bucket.</param>
/// <param name="Volumes">Runs started per bucket, one series per flow and status.</param>
/// <param name="Flows">Per flow: runs started in the window by outcome, and the failure rate.</param>
/// <param name="SlowestSteps">Step latency (p50, p95) of the runs started in the window, slowest p95 first.</param>
/// <param name="DeadLetters">Failed runs waiting for an operator now (whenever they started).</param>
/// <param name="DeadLettersByCategory">Dead letters per error category.</param>
/// <param name="PendingWaits">Runs waiting for an event now.</param>
/// <param name="OverdueWaits">Waiting runs whose deadline has passed (recovery will time them out).</param>
/// <param name="ComputedAt">When the figures were computed.</param>
public sealed record DashboardSnapshot(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<DateTimeOffset> BucketStarts,
    IReadOnlyList<RunVolumeSeries> Volumes,
    IReadOnlyList<FlowHealth> Flows,
    IReadOnlyList<StepLatency> SlowestSteps,
    int DeadLetters,
    IReadOnlyDictionary<string, int> DeadLettersByCategory,
    int PendingWaits,
    int OverdueWaits,
    DateTimeOffset ComputedAt);
