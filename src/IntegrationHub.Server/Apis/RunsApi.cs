using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Secrets;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Operations;
using IntegrationHub.Runtime.Triggers;
using IntegrationHub.Server.Hosting;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IntegrationHub.Server.Apis;

/// <summary>Runs: search by flow, status, time, business key or correlation id; detail with the step timeline; operator actions; manual start.</summary>
internal static class RunsApi
{
    private const int MaxInputBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs").WithTags("Runs");
        api.MapGet("/", QueryAsync).RequireAuthorization(HubPolicies.View);
        api.MapGet("/{id:guid}", GetAsync).RequireAuthorization(HubPolicies.View);
        api.MapPost("/{id:guid}/retry", RetryAsync).RequireAuthorization(HubPolicies.Operate).Audited("runs.retry");
        api.MapPost("/{id:guid}/restart", RestartAsync).RequireAuthorization(HubPolicies.Operate).Audited("runs.restart");
        api.MapPost("/{id:guid}/skip", SkipAsync).RequireAuthorization(HubPolicies.Operate).Audited("runs.skip");
        api.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(HubPolicies.Operate).Audited("runs.cancel");
        api.MapPost("/replay", StartBulkAsync).RequireAuthorization(HubPolicies.Operate).Audited("runs.bulkReplay");
        api.MapGet("/replay/{id:guid}", GetBulkAsync).RequireAuthorization(HubPolicies.View);
        app.MapPost("/api/flows/{id}/runs", StartAsync).WithTags("Runs").RequireAuthorization(HubPolicies.Operate).Audited("runs.start");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<RunSummaryDto>>, ProblemHttpResult>> QueryAsync(
        IRunStore store, string? flowId, int? version, string? status, string? errorCategory, DateTimeOffset? from, DateTimeOffset? to,
        string? key, string? keyName, string? correlationId, DateTimeOffset? before, int? limit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var statuses = new List<RunStatus>();
        foreach (var s in (status ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<RunStatus>(s, ignoreCase: true, out var parsed))
            {
                statuses.Add(parsed);
            }
            else
            {
                errors["status"] = [$"'{s}' is not a run status; use {string.Join(", ", Enum.GetNames<RunStatus>().Select(n => n.ToLowerInvariant()))}"];
            }
        }

        ErrorCategory? category = null;
        if (errorCategory is not null)
        {
            if (ErrorCategoryNames.TryParse(errorCategory, out var c))
            {
                category = c;
            }
            else
            {
                errors["errorCategory"] = ["use transient, dataQuality, partner, business or platform"];
            }
        }

        if (errors.Count > 0)
        {
            return HubProblems.Invalid("The run filter is invalid", errors);
        }

        var runs = await store.QueryAsync(
            new RunQuery
            {
                FlowId = flowId,
                FlowVersion = version,
                Statuses = statuses,
                ErrorCategory = category,
                From = from,
                To = to,
                BusinessKey = key,
                BusinessKeyName = keyName,
                CorrelationId = correlationId,
                CreatedBefore = before,
                Limit = limit ?? 50,
            },
            ct);
        return TypedResults.Ok<IReadOnlyList<RunSummaryDto>>(runs.Select(RunDtoMapper.ToSummary).ToList());
    }

    private static async Task<Results<Ok<RunDetailDto>, ProblemHttpResult>> GetAsync(Guid id, IRunStore store, ISecretRedactor redactor, CancellationToken ct)
    {
        var run = await store.GetRunAsync(id, ct);
        if (run is null)
        {
            return HubProblems.NotFound($"run {id} does not exist");
        }

        var detail = RunDtoMapper.ToDetail(run, await store.GetHistoryAsync(id, ct));

        // Connection secrets never leave the hub, even if a flow copied one into a payload.
        return TypedResults.Ok(detail with
        {
            Input = Redact(redactor, detail.Input),
            Output = Redact(redactor, detail.Output),
            Timeline = detail.Timeline.Select(s => s with { Input = Redact(redactor, s.Input), Output = Redact(redactor, s.Output), Error = s.Error is null ? null : redactor.Redact(s.Error) }).ToList(),
        });
    }

    private static JsonNode? Redact(ISecretRedactor redactor, JsonNode? node) => node is null ? null : redactor.Redact(node);

    private static async Task<Ok<RunSummaryDto>> RetryAsync(Guid id, RetryRunRequest? request, RunOperator runs, CancellationToken ct) =>
        TypedResults.Ok(RunDtoMapper.ToSummary(await runs.RetryAsync(id, request?.Input, ct)));

    private static async Task<Ok<RunSummaryDto>> RestartAsync(Guid id, RunOperator runs, CancellationToken ct) =>
        TypedResults.Ok(RunDtoMapper.ToSummary(await runs.RestartAsync(id, ct)));

    private static async Task<Ok<RunSummaryDto>> SkipAsync(Guid id, SkipStepRequest? request, RunOperator runs, CancellationToken ct) =>
        TypedResults.Ok(RunDtoMapper.ToSummary(await runs.SkipAsync(id, request?.Output, ct)));

    private static async Task<Ok<RunSummaryDto>> CancelAsync(Guid id, RunOperator runs, CancellationToken ct) =>
        TypedResults.Ok(RunDtoMapper.ToSummary(await runs.CancelAsync(id, ct)));

    private static async Task<Results<Accepted<BulkOperationDto>, ProblemHttpResult>> StartBulkAsync(BulkReplayRequest request, HttpContext http, BulkReplay bulk, CancellationToken ct)
    {
        var statuses = new List<RunStatus>();
        foreach (var s in (request.Status ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<RunStatus>(s, ignoreCase: true, out var parsed))
            {
                return HubProblems.Invalid("The bulk replay is invalid", new Dictionary<string, string[]> { ["status"] = [$"'{s}' is not a run status"] });
            }

            statuses.Add(parsed);
        }

        ErrorCategory? category = null;
        if (request.ErrorCategory is not null)
        {
            if (!ErrorCategoryNames.TryParse(request.ErrorCategory, out var c))
            {
                return HubProblems.Invalid("The bulk replay is invalid", new Dictionary<string, string[]> { ["errorCategory"] = ["use transient, dataQuality, partner, business or platform"] });
            }

            category = c;
        }

        if (!BulkReplay.Actions.Contains(request.Action))
        {
            return HubProblems.Invalid("The bulk replay is invalid", new Dictionary<string, string[]> { ["action"] = ["use retry or restart"] });
        }

        var filter = new RunQuery { FlowId = request.FlowId, FlowVersion = request.Version, Statuses = statuses, ErrorCategory = category, From = request.From, To = request.To };
        var operation = await bulk.StartAsync(filter, request.Action, Security.PrincipalExtensions.ActorName(http.User), ct);
        return TypedResults.Accepted($"/api/runs/replay/{operation.Id}", ToDto(operation));
    }

    private static async Task<Results<Ok<BulkOperationDto>, ProblemHttpResult>> GetBulkAsync(Guid id, IBulkOperationStore operations, CancellationToken ct) =>
        await operations.GetAsync(id, ct) is { } operation ? TypedResults.Ok(ToDto(operation)) : HubProblems.NotFound($"bulk operation {id} does not exist");

    private static BulkOperationDto ToDto(BulkOperation o) => new(o.Id, o.Action, o.Status, o.Total, o.Succeeded, o.Failed, o.LastError, o.CreatedBy, o.CreatedAt, o.CompletedAt);

    private static async Task<Results<Accepted<StartRunResult>, ProblemHttpResult>> StartAsync(string id, HttpRequest request, RunStarter starter, CancellationToken ct)
    {
        var (input, problem) = await RequestBodies.ReadJsonAsync(request, MaxInputBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        var started = await starter.StartAsync(
            new StartRequest
            {
                FlowId = id,
                TriggerKind = "manual",
                Input = input,
                IdempotencyKey = request.Headers["Idempotency-Key"].FirstOrDefault(),
                CorrelationId = CorrelationScopeMiddleware.Of(request.HttpContext),
            },
            ct);
        return TypedResults.Accepted($"/api/runs/{started.Run.Id}", new StartRunResult(started.Run.Id, started.Created, started.Run.Status.Wire()));
    }
}
