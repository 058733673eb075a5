using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Secrets;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Operations;
using IntegrationHub.Server.Runtime;
using IntegrationHub.Server.Security;
using IntegrationHub.Storage;

namespace IntegrationHub.Server.Designer;

/// <summary>
/// The designer's runs, in process: the run store, redaction, operator actions and bulk replay that <c>/api/runs</c> uses,
/// behind the same policies (view to read, operate to act) and audited under the same action names.
/// </summary>
internal sealed class RunsDesignerService(
    DesignerCaller caller,
    IRunStore store,
    IBulkOperationStore operations,
    RunOperator runOperator,
    BulkReplay bulkReplay,
    ISecretRedactor redactor,
    DesignerAudit audit) : IRunsDesignerService
{
    private const int MaxPageSize = 200;

    public async Task<RunPage> SearchAsync(RunSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await caller.RequireAsync(HubPolicies.View);
        var size = Math.Clamp(search.PageSize, 1, MaxPageSize);

        // One more than a page tells whether an older page exists without counting.
        var runs = await store.QueryAsync(ToQuery(search) with { Limit = size + 1 }, cancellationToken);
        var page = runs.Take(size).Select(r => Redact(RunDtoMapper.ToSummary(r))).ToList();
        return new RunPage(page, runs.Count > size ? page[^1].CreatedAt : null);
    }

    public async Task<int> CountAsync(RunSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await caller.RequireAsync(HubPolicies.View);
        return await store.CountAsync(ToQuery(search) with { CreatedBefore = null }, cancellationToken);
    }

    public async Task<RunDetailDto?> GetAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        var run = await store.GetRunAsync(runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var detail = RunDtoMapper.ToDetail(run, await store.GetHistoryAsync(runId, cancellationToken));

        // As GET /api/runs/{id}: connection secrets never leave the hub, even if a flow copied one into a payload.
        return detail with
        {
            Summary = Redact(detail.Summary),
            Input = redactor.Redact(detail.Input),
            Output = redactor.Redact(detail.Output),
            Response = redactor.Redact(detail.Response) as JsonObject,
            Timeline = [.. detail.Timeline.Select(s => s with { Input = redactor.Redact(s.Input), Output = redactor.Redact(s.Output), Error = s.Error is null ? null : redactor.Redact(s.Error) })],
        };
    }

    public Task<RunSummaryDto> RetryAsync(Guid runId, JsonNode? editedInput, CancellationToken cancellationToken = default) =>
        ActAsync("runs.retry", runId, () => runOperator.RetryAsync(runId, editedInput, cancellationToken));

    public Task<RunSummaryDto> RestartAsync(Guid runId, CancellationToken cancellationToken = default) =>
        ActAsync("runs.restart", runId, () => runOperator.RestartAsync(runId, cancellationToken));

    public Task<RunSummaryDto> SkipAsync(Guid runId, JsonNode? output, CancellationToken cancellationToken = default) =>
        ActAsync("runs.skip", runId, () => runOperator.SkipAsync(runId, output, cancellationToken));

    public Task<RunSummaryDto> CancelAsync(Guid runId, CancellationToken cancellationToken = default) =>
        ActAsync("runs.cancel", runId, () => runOperator.CancelAsync(runId, cancellationToken));

    public async Task<BulkOperationDto> StartBulkReplayAsync(string action, RunSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(search);
        var user = await caller.RequireAsync(HubPolicies.Operate);
        RunQuery query;
        try
        {
            if (!BulkReplayActions.All.Contains(action, StringComparer.Ordinal))
            {
                throw new DesignerException($"'{action}' is not a bulk replay action; use {string.Join(" or ", BulkReplayActions.All)}.");
            }

            query = ToQuery(search) with { CreatedBefore = null };
        }
        catch (DesignerException)
        {
            // The API answers an invalid bulk replay with 400, and its audit filter records that.
            await audit.WriteAsync(user, "runs.bulkReplay", null, StatusCodes.Status400BadRequest.ToString(CultureInfo.InvariantCulture));
            throw;
        }

        try
        {
            // POST /api/runs/replay has no route values, so its audit target is empty; it answers 202.
            var operation = await audit.RecordAsync(user, "runs.bulkReplay", null, () => bulkReplay.StartAsync(query, action, user.ActorName(), cancellationToken), _ => StatusCodes.Status202Accepted);
            return ToDto(operation);
        }
        catch (RunOperationException e)
        {
            throw new DesignerException(e.Message, e);
        }
    }

    public async Task<BulkOperationDto?> GetBulkReplayAsync(Guid operationId, CancellationToken cancellationToken = default)
    {
        await caller.RequireAsync(HubPolicies.View);
        return await operations.GetAsync(operationId, cancellationToken) is { } operation ? ToDto(operation) : null;
    }

    private async Task<RunSummaryDto> ActAsync(string actionName, Guid runId, Func<Task<RunRecord>> action)
    {
        var user = await caller.RequireAsync(HubPolicies.Operate);
        try
        {
            // The API's target is the route value {id}; its answer is 200 with the run.
            var run = await audit.RecordAsync(user, actionName, runId.ToString(), action, _ => StatusCodes.Status200OK);
            return Redact(RunDtoMapper.ToSummary(run));
        }
        catch (RunOperationException e)
        {
            throw new DesignerException(e.Message, e);
        }
        catch (StoreException e)
        {
            throw new DesignerException(e.Kind == StoreErrorKind.NotFound ? $"Run {runId} does not exist." : e.Message, e);
        }
    }

    /// <summary>The same filter rules as GET /api/runs, with messages for the person.</summary>
    private static RunQuery ToQuery(RunSearch search)
    {
        var statuses = new List<RunStatus>();
        foreach (var status in search.Statuses)
        {
            statuses.Add(Enum.TryParse<RunStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new DesignerException($"'{status}' is not a run status; use {string.Join(", ", Enum.GetNames<RunStatus>().Select(n => n.ToLowerInvariant()))}."));
        }

        ErrorCategory? category = null;
        if (!string.IsNullOrWhiteSpace(search.ErrorCategory))
        {
            category = ErrorCategoryNames.TryParse(search.ErrorCategory, out var parsed)
                ? parsed
                : throw new DesignerException($"'{search.ErrorCategory}' is not an error category; use transient, dataQuality, partner, business or platform.");
        }

        if (search.From is { } from && search.To is { } to && to <= from)
        {
            throw new DesignerException("The end of the time range must be after its start.");
        }

        return new RunQuery
        {
            FlowId = Blank(search.FlowId),
            Statuses = statuses,
            ErrorCategory = category,
            From = search.From,
            To = search.To,
            BusinessKey = Blank(search.BusinessKey),
            CorrelationId = Blank(search.CorrelationId),
            CreatedBefore = search.Before,
            Limit = Math.Clamp(search.PageSize, 1, MaxPageSize),
        };
    }

    /// <summary>Business keys and correlation ids come from payloads too, so they get the same treatment as the payloads.</summary>
    private RunSummaryDto Redact(RunSummaryDto summary) => summary with
    {
        CorrelationId = redactor.Redact(summary.CorrelationId),
        BusinessKeys = summary.BusinessKeys.ToDictionary(k => k.Key, k => redactor.Redact(k.Value), StringComparer.Ordinal),
        Error = summary.Error is null ? null : redactor.Redact(summary.Error),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static BulkOperationDto ToDto(BulkOperation o) => new(o.Id, o.Action, o.Status, o.Total, o.Succeeded, o.Failed, o.LastError, o.CreatedBy, o.CreatedAt, o.CompletedAt);
}
