using IntegrationHub.Contracts.Runs;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Server.Runtime;

/// <summary>Runtime records to API DTOs.</summary>
internal static class RunDtoMapper
{
    public static string Wire(this RunStatus status) => status.ToString().ToLowerInvariant();

    public static RunSummaryDto ToSummary(RunRecord r) => new(
        r.Id, r.FlowId, r.FlowVersion, r.Status.Wire(), r.TriggerKind, r.CorrelationId, r.BusinessKeys,
        r.Status == RunStatus.Failed ? r.Error?.Category.ToWireName() : null, r.Error?.Message, r.Error?.StepPath,
        r.CreatedAt, r.UpdatedAt, r.CompletedAt);

    public static StepRecordDto ToDto(StepRecord s) => new(
        s.Generation, s.StepPath, s.StepId, s.Kind, s.Attempt, s.Status.ToString().ToLowerInvariant(), s.Input, s.Output,
        s.ErrorCategory?.ToWireName(), s.ErrorMessage, s.StartedAt, s.CompletedAt,
        s.CompletedAt is { } end ? (end - s.StartedAt).TotalMilliseconds : null);

    public static RunDetailDto ToDetail(RunRecord r, IReadOnlyList<StepRecord> history) => new(
        ToSummary(r), r.Input, r.Output, r.Response, r.Generation, r.ParentRunId, r.WakeAt, history.Select(ToDto).ToList());
}
