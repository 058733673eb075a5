using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Mapping.Expressions;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Execution;

/// <summary>
/// One pass over a run while holding its lease: walks the flow from the top, reusing every journaled
/// result (completed steps are never executed again) and executing from the step in flight on.
/// Outside-touching steps are checkpoints: the journal is committed before and after them.
/// </summary>
internal sealed partial class RunPass : IDisposable
{
    private readonly RunExecutor _executor;
    private readonly Lock _startGate = new();
    private DateTimeOffset _lastStart;
    private readonly RunRecord _run;
    private readonly FlowDefinition _flow;
    private readonly string _owner;
    private readonly Journal _journal;
    private readonly JsonObject _vars = [];
    private readonly Lock _varsGate = new();
    private readonly SemaphoreSlim _commitGate = new(1, 1);
    private readonly Dictionary<string, string> _newBusinessKeys = new(StringComparer.Ordinal);
    private readonly List<Bookmark> _bookmarks = [];
    private readonly HashSet<string> _overridesUsed = new(StringComparer.Ordinal);
    private readonly CancellationToken _ct;
    private readonly RespondStep? _finalRespond;
    private readonly CallStep? _callBeforeFinalRespond;
    private bool _neverSuspended;
    private bool _finishedByRespond;
    private JsonObject? _answered;

    public RunPass(RunExecutor executor, RunRecord run, FlowDefinition flow, string owner, CancellationToken cancellationToken)
    {
        _executor = executor;
        _run = run;
        _flow = flow;
        _owner = owner;
        _journal = new Journal(run.Steps);
        _ct = cancellationToken;

        // A first-generation run without any journal record has never suspended, so it has no bookmarks.
        _neverSuspended = run.Generation == 1 && run.Steps.Count == 0;
        _answered = run.Response;

        // A respond step that ends the flow commits the run's end with its answer (one commit instead of two).
        _finalRespond = flow.Steps.Count > 0 && flow.Steps[^1] is RespondStep { BusinessKeys.Count: 0 } last ? last : null;

        // A call right before that respond needs no commit of its own: its result is durable with the answer and
        // the run's end. Nothing outside is touched in between, so the call is in doubt for exactly as long as it
        // would be with two commits (until its result is committed) and a crash retries it with the same key.
        _callBeforeFinalRespond = _finalRespond is not null && flow.Steps.Count > 1 && flow.Steps[^2] is CallStep call ? call : null;
    }

    private TimeProvider Clock => _executor.Clock;

    public void Dispose() => _commitGate.Dispose();

    /// <summary>Gets the committed end of the run (status, answer, output, error) once the pass finished it.</summary>
    public RunAnswer? Answer { get; private set; }

    private DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// The start time of a new journal record: the clock, but at least 1 ms after the previous record of this pass,
    /// so the journal's order survives the store's timestamp resolution (SQLite keeps 100 µs) and the timeline reads
    /// in the order the steps ran. Parallel branches share the pass, hence the lock.
    /// </summary>
    private DateTimeOffset NextStart()
    {
        lock (_startGate)
        {
            var now = Now;
            _lastStart = now > _lastStart.AddMilliseconds(1) ? now : _lastStart.AddMilliseconds(1);
            return _lastStart;
        }
    }

    /// <summary>Runs the pass and writes its end: finished, failed, cancelled, or suspended until a time or event.</summary>
    public async Task<RunStatus> RunAsync()
    {
        var root = Frame.Root();
        StepOutcome outcome;
        try
        {
            outcome = await RunListAsync(_flow.Steps, root);
        }
        catch (StepFailedException e)
        {
            outcome = StepOutcome.Fail(e.ToRunError("(flow)"));
        }

        switch (outcome.Kind)
        {
            case StepOutcomeKind.Completed:
                if (!_finishedByRespond)
                {
                    await FinishAsync(RunStatus.Succeeded, outcome.Output ?? LastOutput(root), null, null);
                }

                return RunStatus.Succeeded;
            case StepOutcomeKind.Failed:
                await FinishAsync(RunStatus.Failed, null, outcome.Error, null);
                return RunStatus.Failed;
            case StepOutcomeKind.Cancelled:
                await FinishAsync(RunStatus.Cancelled, null, new RunError(ErrorCategory.Business, "cancelled by an operator"), null);
                return RunStatus.Cancelled;
            default:
                var status = outcome.Kind == StepOutcomeKind.Waiting ? RunStatus.Waiting : RunStatus.Scheduled;
                var bookmarks = TakeBookmarks();
                await CommitAsync(new RunCommit
                {
                    RunId = _run.Id,
                    LeaseOwner = _owner,
                    Status = status,
                    WakeAt = outcome.WakeAt,
                    AddBookmarks = bookmarks,
                    ReleaseLease = true,
                });
                await _executor.AfterSuspendAsync(_run.Id, outcome.WakeAt ?? Now, bookmarks, _ct);
                return status;
        }
    }

    /// <summary>Commits the run's end (releasing the lease) and remembers it as the pass's answer.</summary>
    private async Task FinishAsync(RunStatus status, JsonNode? output, RunError? error, JsonObject? response)
    {
        await CommitAsync(new RunCommit
        {
            RunId = _run.Id,
            LeaseOwner = _owner,
            Status = status,
            Output = output,
            Error = error,
            Response = response,
            PublishEvents = FinishedEvent(status, output, error),
            ReleaseLease = true,
        });
        _answered = response ?? _answered;
        Answer = new RunAnswer(_run.Id, status, _answered?.DeepClone() as JsonObject, output?.DeepClone(), error);
    }

    private static JsonNode? LastOutput(Frame root)
    {
        var outputs = root.OwnOutputs();
        return outputs.Count == 0 ? null : outputs.Last().Value?.DeepClone();
    }

    private List<HubEvent> FinishedEvent(RunStatus status, JsonNode? output, RunError? error)
    {
        if (_run.ParentRunId is null)
        {
            return [];
        }

        var payload = new JsonObject
        {
            ["runId"] = _run.Id.ToString(),
            ["flowId"] = _run.FlowId,
            ["status"] = status.ToString().ToLowerInvariant(),
            ["output"] = output?.DeepClone(),
            ["error"] = error is null ? null : new JsonObject { ["category"] = error.Category.ToWireName(), ["message"] = error.Message, ["code"] = error.Code },
        };
        return [new HubEvent($"run-finished/{_run.Id}/{_run.Generation}", RuntimeEvents.RunFinished, _run.Id.ToString(), payload, $"run:{_run.Id}", Now)];
    }

    private async Task<StepOutcome> RunListAsync(IReadOnlyList<StepDefinition> steps, Frame frame)
    {
        JsonNode? last = null;
        foreach (var step in steps)
        {
            if (_executor.IsCancelRequested(_run.Id))
            {
                return StepOutcome.Cancelled;
            }

            var outcome = await RunStepAsync(step, frame);
            if (!outcome.IsCompleted)
            {
                return outcome;
            }

            last = outcome.Output;
        }

        return StepOutcome.Done(last);
    }

    private async Task<StepOutcome> RunStepAsync(StepDefinition step, Frame frame)
    {
        _ct.ThrowIfCancellationRequested();
        var path = frame.Prefix + step.Id;
        var latest = _journal.Latest(path);
        if (latest is { IsDone: true })
        {
            // Replay: the journal has the result; apply what it changed and move on.
            Replay(step, latest, frame);
            return StepOutcome.Done(latest.Output);
        }

        if (latest is null && step.If is { } condition)
        {
            bool holds;
            try
            {
                holds = _executor.Expressions.IsTruthy(condition, Scope(frame), _ct);
            }
            catch (ExpressionException e)
            {
                return Fail(step, path, 1, e.Category, $"condition: {e.Message}");
            }

            if (!holds)
            {
                var skipped = NewRecord(step, path, 1, StepStatus.Skipped) with { Input = new JsonObject { ["condition"] = false }, CompletedAt = Now };
                _journal.Record(skipped);
                frame.SetOutput(step.Id, null);
                return StepOutcome.Done(null);
            }
        }

        var outcome = await ExecuteAsync(step, path, latest, frame);
        if (outcome.IsCompleted)
        {
            frame.SetOutput(step.Id, outcome.Output);
            await LearnBusinessKeysAsync(step, frame);
        }

        return outcome;
    }

    private Task<StepOutcome> ExecuteAsync(StepDefinition step, string path, StepRecord? latest, Frame frame) => step switch
    {
        CallStep call => CallAsync(call, path, latest, frame),
        MapStep map => MapAsync(map, path, latest, frame),
        ValidateStep validate => ValidateAsync(validate, path, latest, frame),
        SetStep set => Task.FromResult(Set(set, path, latest, frame)),
        FailStep fail => Task.FromResult(FailStep(fail, path, latest, frame)),
        SwitchStep @switch => SwitchAsync(@switch, path, latest, frame),
        ForeachStep loop => ForeachAsync(loop, path, latest, frame),
        ParallelStep parallel => ParallelAsync(parallel, path, latest, frame),
        WaitStep wait => WaitAsync(wait, path, latest, frame),
        DelayStep delay => DelayAsync(delay, path, latest, frame),
        RespondStep respond => RespondAsync(respond, path, latest, frame),
        PublishStep publish => PublishAsync(publish, path, latest, frame),
        SubflowStep subflow => SubflowAsync(subflow, path, latest, frame),
        _ => throw new StepFailedException(ErrorCategory.Platform, $"step kind '{step.Kind}' is not supported by this runtime"),
    };

    private void Replay(StepDefinition step, StepRecord record, Frame frame)
    {
        frame.SetOutput(step.Id, record.Output);
        if (step is SetStep && record.Output is JsonObject assigned)
        {
            lock (_varsGate)
            {
                foreach (var (name, value) in assigned)
                {
                    _vars[name] = value?.DeepClone();
                }
            }
        }
    }

    private async Task LearnBusinessKeysAsync(StepDefinition step, Frame frame)
    {
        if (step.BusinessKeys.Count == 0)
        {
            return;
        }

        var scope = Scope(frame);
        foreach (var (name, expression) in step.BusinessKeys)
        {
            try
            {
                if (_executor.Expressions.Evaluate(expression, scope, _ct) is JsonValue value && value.ToString() is { Length: > 0 } text)
                {
                    lock (_newBusinessKeys)
                    {
                        _newBusinessKeys[name] = text;
                    }
                }
            }
            catch (ExpressionException)
            {
                // A key that cannot be computed is not worth failing a run for; the step succeeded.
            }
        }

        await Task.CompletedTask;
    }

    private ExpressionScope Scope(Frame frame)
    {
        JsonObject vars;
        lock (_varsGate)
        {
            vars = (JsonObject)_vars.DeepClone();
        }

        var scope = new ExpressionScope()
            .With("input", _run.Input?.DeepClone())
            .With("vars", vars)
            .With("steps", frame.StepsView())
            .With("run", RunInfo());
        foreach (var (name, value) in frame.Locals)
        {
            scope = scope.With(name, value?.DeepClone());
        }

        return scope;
    }

    private JsonObject RunInfo()
    {
        var keys = new JsonObject();
        foreach (var (k, v) in _run.BusinessKeys)
        {
            keys[k] = v;
        }

        return new JsonObject
        {
            ["id"] = _run.Id.ToString(),
            ["flowId"] = _run.FlowId,
            ["flowVersion"] = _run.FlowVersion,
            ["correlationId"] = _run.CorrelationId,
            ["startedAt"] = _run.CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["trigger"] = _run.TriggerKind,
            ["businessKeys"] = keys,
        };
    }

    private StepRecord NewRecord(StepDefinition step, string path, int attempt, StepStatus status) => new()
    {
        RunId = _run.Id,
        Generation = _run.Generation,
        StepPath = path,
        StepId = step.Id,
        Kind = step.Kind,
        Attempt = attempt,
        Status = status,
        StartedAt = NextStart(),
    };

    private StepOutcome Fail(StepDefinition step, string path, int attempt, ErrorCategory category, string message, string? code = null, JsonNode? input = null)
    {
        var error = new RunError(category, message, code, path);
        _journal.Record(NewRecord(step, path, attempt, StepStatus.Failed) with
        {
            Input = input?.DeepClone(),
            ErrorCategory = category,
            ErrorMessage = message,
            CompletedAt = Now,
        });
        return StepOutcome.Fail(error);
    }

    private JsonNode? Evaluate(JsonNode? template, Frame frame) => _executor.Expressions.EvaluateTemplate(template, Scope(frame), _ct);

    private bool TryInputOverride(string path, out JsonNode? input)
    {
        if (_run.InputOverrides.TryGetValue(path, out var value))
        {
            lock (_overridesUsed)
            {
                _overridesUsed.Add(path);
            }

            input = value?.DeepClone();
            return true;
        }

        input = null;
        return false;
    }

    private List<Bookmark> TakeBookmarks()
    {
        lock (_bookmarks)
        {
            var taken = _bookmarks.ToList();
            _bookmarks.Clear();
            return taken;
        }
    }

    /// <summary>Writes the pending journal with extra changes in one transaction (serialised across branches).</summary>
    private async Task CommitAsync(RunCommit commit)
    {
        await _commitGate.WaitAsync(_ct);
        try
        {
            var pending = _journal.TakePending();
            Dictionary<string, string> keys;
            lock (_newBusinessKeys)
            {
                keys = new Dictionary<string, string>(_newBusinessKeys, StringComparer.Ordinal);
                _newBusinessKeys.Clear();
            }

            List<string> overrides;
            lock (_overridesUsed)
            {
                overrides = [.. _overridesUsed];
                _overridesUsed.Clear();
            }

            // The pass knows which attempts the store holds, so the store needs no lookup to insert or update them.
            var full = commit with
            {
                InsertSteps = [.. pending.Where(r => !_journal.IsStored(r))],
                UpdateSteps = [.. pending.Where(_journal.IsStored)],
                BusinessKeys = keys.Count == 0 ? commit.BusinessKeys : keys,
                ClearInputOverrides = [.. commit.ClearInputOverrides, .. overrides],
                HasNoBookmarks = _neverSuspended && commit.AddBookmarks.Count == 0,
            };
            if (commit.AddBookmarks.Count > 0)
            {
                _neverSuspended = false;
            }

            try
            {
                // Journal writes must not be lost because a caller hung up; only lease loss stops them.
                await _executor.Store.CommitAsync(full, CancellationToken.None);
                RunExecutor.CountCommit();
                _journal.MarkStored(pending);
            }
            catch (Exception e) when (e is not LeaseLostException)
            {
                _journal.Restore(pending);
                throw;
            }
        }
        finally
        {
            _commitGate.Release();
        }
    }

    /// <summary>A checkpoint: commit the journal now.</summary>
    private Task CheckpointAsync(IReadOnlyList<HubEvent>? publish = null, JsonObject? response = null, IReadOnlyList<string>? consume = null, IReadOnlyList<NewRun>? start = null, IReadOnlyList<string>? removeBookmarks = null) =>
        CommitAsync(new RunCommit
        {
            RunId = _run.Id,
            LeaseOwner = _owner,
            PublishEvents = publish ?? [],
            Response = response,
            ConsumeEvents = consume ?? [],
            StartRuns = start ?? [],
            RemoveBookmarks = removeBookmarks ?? [],
        });
}
