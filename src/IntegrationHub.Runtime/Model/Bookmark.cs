namespace IntegrationHub.Runtime.Model;

/// <summary>A run waiting at a step for an event of a type with a correlation key, until a deadline.</summary>
/// <param name="RunId">The waiting run.</param>
/// <param name="StepPath">The waiting step.</param>
/// <param name="EventType">The awaited event type.</param>
/// <param name="CorrelationKey">The awaited correlation key.</param>
/// <param name="Deadline">When the wait times out.</param>
public sealed record Bookmark(Guid RunId, string StepPath, string EventType, string CorrelationKey, DateTimeOffset Deadline);
