namespace IntegrationHub.Contracts.Designer;

/// <summary>How many runs of one flow, now in one status, started in each bucket.</summary>
/// <param name="FlowId">The flow.</param>
/// <param name="Status">The runs' status now (pending, running, scheduled, waiting, succeeded, failed, cancelled).</param>
/// <param name="Counts">One count per bucket of <see cref="DashboardSnapshot.BucketStarts"/>.</param>
public sealed record RunVolumeSeries(string FlowId, string Status, IReadOnlyList<int> Counts);
