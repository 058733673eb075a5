namespace IntegrationHub.Contracts.Designer;

/// <summary>The delays a retry policy produces, or why it cannot be computed.</summary>
/// <param name="Delays">One entry per retry (attempt 2 onwards).</param>
/// <param name="Problems">Field problems (e.g. an unreadable duration), keyed by field name; the schedule is empty when there are any.</param>
public sealed record RetrySchedule(IReadOnlyList<RetryDelay> Delays, IReadOnlyDictionary<string, string> Problems);
