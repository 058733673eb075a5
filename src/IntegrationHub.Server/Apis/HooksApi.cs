using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Flows.Model;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Execution;
using IntegrationHub.Runtime.Model;
using IntegrationHub.Runtime.Triggers;
using IntegrationHub.Server.Hosting;
using IntegrationHub.Server.Problems;
using IntegrationHub.Server.Runtime;

namespace IntegrationHub.Server.Apis;

/// <summary>
/// HTTP triggers at <c>/hooks/{path}</c>: synchronous until the flow's respond step (the caller gets that
/// answer), asynchronous afterwards. A caller that waits longer than the trigger's syncTimeout gets 202 with
/// the run id; a duplicate (same idempotency key) gets the original run's answer.
/// </summary>
internal static class HooksApi
{
    private const int MaxBodyBytes = 4 * 1024 * 1024;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static IEndpointRouteBuilder MapHooksApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/hooks/{**path}", ["POST", "PUT"], HandleAsync).WithTags("Hooks").RequireAuthorization(HubPolicies.Operate);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        string path, HttpContext http, HttpTriggerIndex index, RunStarter starter, RunExecutor executor, IRunStore store, IRunNotifier notifier, IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var route = await index.FindAsync(http.Request.Method, path ?? string.Empty, ct);
        if (route is null)
        {
            return HubProblems.NotFound($"no published flow serves {http.Request.Method} /hooks/{path}");
        }

        var (flow, version, trigger) = route.Value;
        var (input, problem) = await RequestBodies.ReadJsonAsync(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        // The run is created already leased by this node, which executes it at once: no separate lease round trip.
        var lease = executor.NewLease();
        var started = await starter.StartAsync(
            new StartRequest
            {
                FlowId = flow.Id,
                FlowVersion = version,
                TriggerKind = "http",
                Trigger = trigger,
                Input = input,
                IdempotencyKey = http.Request.Headers["Idempotency-Key"].FirstOrDefault(),
                CorrelationId = CorrelationScopeMiddleware.Of(http),
                Dispatch = false,
                Lease = lease,
            },
            ct);
        var run = started.Run;
        RunAnswer answer;
        if (started.Created)
        {
            // Register before the pass starts, so the hand-over cannot be missed.
            var handedOver = notifier.WaitAsync(run.Id, lifetime.ApplicationStopping);

            // The pass outlives the request (and is resumed elsewhere if this node dies: the lease expires). It starts
            // on this thread, which would otherwise only wait, and goes on from its first await like any async work.
            var pass = executor.ExecuteLeasedAsync(run, lease.Owner, lifetime.ApplicationStopping);
            answer = await AwaitAnswerAsync(run.Id, handedOver, pass, trigger.SyncTimeout, store, ct);
        }
        else
        {
            var original = RunAnswer.From(run);
            answer = original.IsAnswered ? original : await AwaitAnswerAsync(run.Id, notifier.WaitAsync(run.Id, lifetime.ApplicationStopping), null, trigger.SyncTimeout, store, ct);
        }

        http.Response.Headers["X-Run-Id"] = run.Id.ToString();
        http.Response.Headers[CorrelationScopeMiddleware.Header] = run.CorrelationId;
        if (!started.Created)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return Answer(answer);
    }

    /// <summary>
    /// Waits for the run's answer. While the pass runs on this node, its hand-over is the answer (what it just
    /// committed); once that pass ended without one (it suspended, or lost its lease) or when the run executes
    /// elsewhere, the store is polled for the status and answer only (never the journal).
    /// </summary>
    private static async Task<RunAnswer> AwaitAnswerAsync(Guid runId, Task<RunAnswer> handedOver, Task<RunStatus?>? localPass, TimeSpan timeout, IRunStore store, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            if (localPass is not null)
            {
                await Task.WhenAny(handedOver, localPass).WaitAsync(deadline.Token);
                if (!handedOver.IsCompleted && localPass.IsCompletedSuccessfully && localPass.Result is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled)
                {
                    // A finished pass handed its answer over before it returned; the hand-over task completes on
                    // the thread pool a moment later. Take it rather than reading back what was just committed.
                    return await handedOver.WaitAsync(deadline.Token);
                }

                if (handedOver.IsCompletedSuccessfully)
                {
                    return handedOver.Result;
                }
            }

            while (true)
            {
                var answer = await store.GetAnswerAsync(runId, ct) ?? throw new InvalidOperationException($"run {runId} vanished");
                if (answer.IsAnswered)
                {
                    return answer;
                }

                try
                {
                    // Woken at once when the run answers on this node; the poll covers answers given on another node.
                    return await handedOver.WaitAsync(PollInterval, deadline.Token);
                }
                catch (TimeoutException)
                {
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The synchronous part is over (syncTimeout, or this node is stopping): answer with what is committed.
            return await store.GetAnswerAsync(runId, ct) ?? throw new InvalidOperationException($"run {runId} vanished");
        }
    }

    private static IResult Answer(RunAnswer run)
    {
        if (run.Response is { } response)
        {
            var status = response["status"]?.GetValue<int>() ?? 200;
            return new JsonAnswer(status, response["body"], response["headers"] as JsonObject);
        }

        if (run.Status == RunStatus.Failed && run.Error is { } error)
        {
            var status = error.Category switch
            {
                ErrorCategory.DataQuality => StatusCodes.Status422UnprocessableEntity,
                ErrorCategory.Business => StatusCodes.Status409Conflict,
                ErrorCategory.Partner => StatusCodes.Status502BadGateway,
                ErrorCategory.Transient => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            };
            return TypedResults.Problem(
                title: $"The flow failed ({error.Category.ToWireName()})",
                detail: error.Message,
                statusCode: status,
                type: HubProblems.TypeBase + "run-failed",
                extensions: new Dictionary<string, object?> { ["runId"] = run.RunId, ["step"] = error.StepPath, ["category"] = error.Category.ToWireName(), ["code"] = error.Code });
        }

        var body = new JsonObject { ["runId"] = run.RunId.ToString(), ["status"] = run.Status.Wire(), ["output"] = run.Output?.DeepClone() };
        return run.IsFinished
            ? new JsonAnswer(StatusCodes.Status200OK, body, null)
            : TypedResults.Accepted($"/api/runs/{run.RunId}", body);
    }

    private sealed class JsonAnswer(int status, JsonNode? body, JsonObject? headers) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            if (headers is not null)
            {
                foreach (var (name, value) in headers)
                {
                    if (value is not null)
                    {
                        httpContext.Response.Headers[name] = value.ToString();
                    }
                }
            }

            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await httpContext.Response.WriteAsync(body?.ToJsonString() ?? "null", httpContext.RequestAborted);
        }
    }
}
