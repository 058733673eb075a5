using IntegrationHub.Contracts.Runs;

namespace IntegrationHub.Contracts.Designer;

/// <summary>One page of runs, newest first.</summary>
/// <param name="Runs">The runs on this page.</param>
/// <param name="NextBefore">The cursor of the next (older) page, or null when this is the last page.</param>
public sealed record RunPage(IReadOnlyList<RunSummaryDto> Runs, DateTimeOffset? NextBefore);
