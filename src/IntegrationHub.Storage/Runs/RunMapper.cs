using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Storage.Entities;

namespace IntegrationHub.Storage.Runs;

/// <summary>Rows to runtime records and back.</summary>
internal static class RunMapper
{
    public static RunRecord ToRecord(RunEntity r, IEnumerable<RunStepEntity> steps, IEnumerable<RunKeyEntity> keys) => new()
    {
        Id = r.Id,
        FlowId = r.FlowId,
        FlowVersion = r.FlowVersion,
        Status = r.Status,
        TriggerKind = r.TriggerKind,
        Input = Parse(r.Input),
        CorrelationId = r.CorrelationId,
        IdempotencyKey = r.IdempotencyKey,
        BusinessKeys = keys.ToDictionary(k => k.Name, k => k.Value, StringComparer.Ordinal),
        Generation = r.Generation,
        Output = Parse(r.Output),
        Response = Parse(r.Response) as JsonObject,
        Error = r.ErrorMessage is null ? null : new RunError(ParseCategory(r.ErrorCategory), r.ErrorMessage, r.ErrorCode, r.ErrorStepPath),
        InputOverrides = Parse(r.InputOverrides) is JsonObject o ? o.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal) : new Dictionary<string, JsonNode?>(),
        AttemptFloors = Parse(r.AttemptFloors) is JsonObject floors ? floors.ToDictionary(p => p.Key, p => (int)p.Value!.GetValue<long>(), StringComparer.Ordinal) : new Dictionary<string, int>(),
        ParentRunId = r.ParentRunId,
        WakeAt = r.WakeAt,
        CancelRequested = r.CancelRequested,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
        CompletedAt = r.CompletedAt,
        Version = r.Version,
        Steps = steps.OrderBy(s => s.StartedAt).ThenBy(s => s.StepPath, StringComparer.Ordinal).ThenBy(s => s.Attempt).Select(ToRecord).ToList(),
    };

    public static StepRecord ToRecord(RunStepEntity s) => new()
    {
        RunId = s.RunId,
        Generation = s.Generation,
        StepPath = s.StepPath,
        StepId = s.StepId,
        Kind = s.Kind,
        Attempt = s.Attempt,
        Status = s.Status,
        Input = Parse(s.Input),
        Output = Parse(s.Output),
        ErrorCategory = s.ErrorCategory is null ? null : ParseCategory(s.ErrorCategory),
        ErrorMessage = s.ErrorMessage,
        StartedAt = s.StartedAt,
        CompletedAt = s.CompletedAt,
    };

    public static void Fill(RunStepEntity target, StepRecord s)
    {
        target.StepId = s.StepId;
        target.Kind = s.Kind;
        target.Status = s.Status;
        target.Input = Text(s.Input);
        target.Output = Text(s.Output);
        target.ErrorCategory = s.ErrorCategory?.ToWireName();
        target.ErrorMessage = Truncate(s.ErrorMessage, 4000);
        target.StartedAt = s.StartedAt;
        target.CompletedAt = s.CompletedAt;
    }

    public static RunStepEntity NewStep(StepRecord s)
    {
        var entity = new RunStepEntity { RunId = s.RunId, Generation = s.Generation, StepPath = s.StepPath, Attempt = s.Attempt, StepId = s.StepId, Kind = s.Kind };
        Fill(entity, s);
        return entity;
    }

    public static RunEntity NewRun(NewRun run, DateTimeOffset now) => new()
    {
        Id = run.Id,
        FlowId = run.FlowId,
        FlowVersion = run.FlowVersion,
        TriggerKind = run.TriggerKind,
        Input = Text(run.Input),
        CorrelationId = Truncate(run.CorrelationId, 200)!,
        IdempotencyKey = Truncate(run.IdempotencyKey, 300),
        ParentRunId = run.ParentRunId,
        CreatedAt = now,
        UpdatedAt = now,
        Status = run.Lease is null ? RunStatus.Pending : RunStatus.Running,
        LeaseOwner = run.Lease?.Owner,
        LeaseExpiresAt = run.Lease?.Until,
    };

    public static string? Text(JsonNode? node) => node?.ToJsonString();

    public static JsonNode? Parse(string? text) => string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text);

    public static string? Truncate(string? text, int max) => text is { Length: > 0 } && text.Length > max ? text[..max] : text;

    public static ErrorCategory ParseCategory(string? text) => ErrorCategoryNames.TryParse(text, out var c) ? c : ErrorCategory.Platform;
}
