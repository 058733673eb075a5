namespace IntegrationHub.Contracts.Audit;

/// <summary>One audited action: who did what, when, with what outcome.</summary>
/// <param name="Id">Sequence number.</param>
/// <param name="At">When.</param>
/// <param name="Actor">User or API key name.</param>
/// <param name="ActorKind">"user", "apiKey" or "system".</param>
/// <param name="Action">What, e.g. <c>flows.publish</c>.</param>
/// <param name="Target">On what, e.g. <c>order-intake</c>.</param>
/// <param name="Outcome">HTTP status or result.</param>
/// <param name="Details">Additional facts (JSON), never secrets.</param>
public sealed record AuditEntryDto(long Id, DateTimeOffset At, string Actor, string ActorKind, string Action, string? Target, string Outcome, string? Details);
