namespace IntegrationHub.Contracts.Designer;

/// <summary>How long one step of one flow takes per attempt (completed attempts, succeeded or failed).</summary>
/// <param name="FlowId">The flow.</param>
/// <param name="StepId">The step.</param>
/// <param name="Kind">The step kind.</param>
/// <param name="Samples">How many attempts were measured.</param>
/// <param name="P50Ms">Median duration in milliseconds.</param>
/// <param name="P95Ms">95th percentile duration in milliseconds (nearest rank).</param>
/// <param name="MaxMs">Longest duration in milliseconds.</param>
public sealed record StepLatency(string FlowId, string StepId, string Kind, int Samples, double P50Ms, double P95Ms, double MaxMs);
