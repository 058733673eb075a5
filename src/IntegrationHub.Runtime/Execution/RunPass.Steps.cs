using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Flows.Validation;
using IntegrationHub.Mapping.Expressions;
using IntegrationHub.Runtime.Abstractions;
using IntegrationHub.Runtime.Model;

namespace IntegrationHub.Runtime.Execution;

/// <summary>The step kinds.</summary>
internal sealed partial class RunPass
{
    private async Task<StepOutcome> CallAsync(CallStep call, string path, StepRecord? latest, Frame frame)
    {
        var policy = _flow.RetryPolicyFor(call);
        var binding = _flow.Connections[call.Connection];
        var attempt = NextAttempt(latest);
        var floor = _run.AttemptFloors.GetValueOrDefault(path, 1);
        if (latest is { Status: StepStatus.Running })
        {
            // The previous worker died during this call: it is in doubt. Close that attempt in the journal;
            // the retry below carries the same idempotency key, so a target that saw it deduplicates.
            _journal.Record(latest with { Status = StepStatus.Failed, ErrorCategory = ErrorCategory.Transient, ErrorMessage = "interrupted: the worker stopped during this attempt; retried with the same idempotency key", CompletedAt = Now });
        }

        while (true)
        {
            var round = attempt - floor + 1;
            if (round > policy.MaxAttempts)
            {
                var last = _journal.Latest(path);
                return StepOutcome.Fail(new RunError(last?.ErrorCategory ?? ErrorCategory.Transient, $"gave up after {policy.MaxAttempts} attempt(s): {last?.ErrorMessage ?? "no result"}", null, path));
            }

            JsonNode? input;
            if (!TryInputOverride(path, out input))
            {
                try
                {
                    input = Evaluate(call.Input, frame);
                }
                catch (ExpressionException e)
                {
                    return Fail(call, path, attempt, e.Category, $"input: {e.Message}");
                }
            }

            // The attempt's start is the in-flight record's: the completion record keeps it, so the journal shows the call's real duration.
            var started = NewRecord(call, path, attempt, StepStatus.Running) with { Input = input?.DeepClone() };
            _journal.Record(started);
            await CheckpointAsync();

            var invocation = new ConnectorInvocation(binding.Connector, binding.Connection, call.Operation, input, $"{_run.Id}/{path}", _run.CorrelationId, _run.Id, path, attempt);
            StepFailedException failure;
            try
            {
                var output = await _executor.InvokeWithTimeoutAsync(invocation, call.Timeout ?? policy.AttemptTimeout, _ct);
                _journal.Record(NewRecord(call, path, attempt, StepStatus.Succeeded) with { Input = input?.DeepClone(), Output = output?.DeepClone(), StartedAt = started.StartedAt, CompletedAt = Now });
                if (!ReferenceEquals(call, _callBeforeFinalRespond))
                {
                    await CheckpointAsync();
                }

                return StepOutcome.Done(output);
            }
            catch (StepFailedException e)
            {
                failure = e;
            }

            _journal.Record(NewRecord(call, path, attempt, StepStatus.Failed) with
            {
                Input = input?.DeepClone(),
                StartedAt = started.StartedAt,
                ErrorCategory = failure.Category,
                ErrorMessage = failure.Message,
                CompletedAt = Now,
            });
            RunExecutor.CountRetryDecision(call, failure.Category);
            if (!policy.RetryOn.Contains(failure.Category) || round >= policy.MaxAttempts)
            {
                var why = round >= policy.MaxAttempts && policy.RetryOn.Contains(failure.Category) ? $"gave up after {round} attempt(s): " : string.Empty;
                return StepOutcome.Fail(new RunError(failure.Category, why + failure.Message, failure.Code, path));
            }

            var delay = policy.DelayAfter(round, Random.Shared.NextDouble())!.Value;
            if (failure.RetryAfter is { } retryAfter && retryAfter > delay)
            {
                delay = retryAfter;
            }

            if (delay > _executor.Options.InlineDelayLimit)
            {
                // Long backoffs never hold a worker: the pass ends and the dispatcher wakes the run.
                return StepOutcome.Scheduled(Now + delay);
            }

            await CheckpointAsync();
            await Task.Delay(delay, Clock, _ct);
            attempt++;
        }
    }

    private async Task<StepOutcome> MapAsync(MapStep map, string path, StepRecord? latest, Frame frame)
    {
        var attempt = NextAttempt(latest);
        JsonNode? source;
        if (!TryInputOverride(path, out source))
        {
            try
            {
                source = map.Source is null ? _run.Input?.DeepClone() : Evaluate(map.Source, frame);
            }
            catch (ExpressionException e)
            {
                return Fail(map, path, attempt, e.Category, $"source: {e.Message}");
            }
        }

        try
        {
            var output = await _executor.Mappings.MapAsync(map.Mapping, source, _ct);
            _journal.Record(NewRecord(map, path, attempt, StepStatus.Succeeded) with { Input = source?.DeepClone(), Output = output?.DeepClone(), CompletedAt = Now });
            return StepOutcome.Done(output);
        }
        catch (StepFailedException e)
        {
            return Fail(map, path, attempt, e.Category, e.Message, e.Code, source);
        }
    }

    private async Task<StepOutcome> ValidateAsync(ValidateStep validate, string path, StepRecord? latest, Frame frame)
    {
        var attempt = NextAttempt(latest);
        JsonNode? value;
        if (!TryInputOverride(path, out value))
        {
            try
            {
                value = validate.Value is null ? _run.Input?.DeepClone() : Evaluate(validate.Value, frame);
            }
            catch (ExpressionException e)
            {
                return Fail(validate, path, attempt, e.Category, $"value: {e.Message}");
            }
        }

        try
        {
            await _executor.Mappings.ValidateAsync(validate.Schema, value, _ct);
            _journal.Record(NewRecord(validate, path, attempt, StepStatus.Succeeded) with { Input = value?.DeepClone(), Output = value?.DeepClone(), CompletedAt = Now });
            return StepOutcome.Done(value);
        }
        catch (StepFailedException e)
        {
            return Fail(validate, path, attempt, e.Category, e.Message, e.Code, value);
        }
    }

    private StepOutcome Set(SetStep set, string path, StepRecord? latest, Frame frame)
    {
        var attempt = NextAttempt(latest);
        var assigned = new JsonObject();
        try
        {
            foreach (var (name, template) in set.Vars)
            {
                // Later assignments in the same step see earlier ones, as in code.
                var value = Evaluate(template, frame);
                lock (_varsGate)
                {
                    _vars[name] = value?.DeepClone();
                }

                assigned[name] = value;
            }
        }
        catch (ExpressionException e)
        {
            return Fail(set, path, attempt, e.Category, e.Message);
        }

        _journal.Record(NewRecord(set, path, attempt, StepStatus.Succeeded) with { Output = assigned.DeepClone(), CompletedAt = Now });
        return StepOutcome.Done(assigned);
    }

    private StepOutcome FailStep(FailStep fail, string path, StepRecord? latest, Frame frame)
    {
        string message;
        try
        {
            message = ExpressionSyntax.IsExpression(fail.Message)
                ? _executor.Expressions.Evaluate(fail.Message, Scope(frame), _ct)?.ToString() ?? "(no message)"
                : fail.Message;
        }
        catch (ExpressionException e)
        {
            message = $"{fail.Message} (message expression failed: {e.Message})";
        }

        return Fail(fail, path, NextAttempt(latest), fail.Category, message, fail.Code);
    }

    private async Task<StepOutcome> SwitchAsync(SwitchStep @switch, string path, StepRecord? latest, Frame frame)
    {
        int chosen;
        if (latest is { Status: StepStatus.Running, Input: JsonObject decision } && decision["case"] is JsonValue c)
        {
            chosen = c.GetValue<int>();
        }
        else
        {
            chosen = -1;
            try
            {
                for (var i = 0; i < @switch.Cases.Count && chosen < 0; i++)
                {
                    if (_executor.Expressions.IsTruthy(@switch.Cases[i].When, Scope(frame), _ct))
                    {
                        chosen = i;
                    }
                }
            }
            catch (ExpressionException e)
            {
                return Fail(@switch, path, NextAttempt(latest), e.Category, $"case condition: {e.Message}");
            }

            _journal.Record(NewRecord(@switch, path, 1, StepStatus.Running) with { Input = new JsonObject { ["case"] = chosen, ["name"] = chosen >= 0 ? @switch.Cases[chosen].Name ?? $"case {chosen + 1}" : "default" } });
        }

        var branch = chosen >= 0 ? @switch.Cases[chosen].Steps : @switch.Default;
        var outcome = await RunListAsync(branch, frame);
        if (outcome.IsCompleted)
        {
            var output = new JsonObject { ["case"] = chosen, ["output"] = outcome.Output?.DeepClone() };
            _journal.Record(NewRecord(@switch, path, 1, StepStatus.Succeeded) with { Input = new JsonObject { ["case"] = chosen }, Output = output, CompletedAt = Now });
            return StepOutcome.Done(output);
        }

        return outcome;
    }

    private async Task<StepOutcome> ForeachAsync(ForeachStep loop, string path, StepRecord? latest, Frame frame)
    {
        JsonArray items;
        if (latest is { Status: StepStatus.Running, Input: JsonObject started } && started["items"] is JsonArray known)
        {
            items = known;
        }
        else
        {
            JsonNode? evaluated;
            try
            {
                evaluated = _executor.Expressions.Evaluate(loop.Items, Scope(frame), _ct);
            }
            catch (ExpressionException e)
            {
                return Fail(loop, path, NextAttempt(latest), e.Category, $"items: {e.Message}");
            }

            if (evaluated is not JsonArray array)
            {
                return Fail(loop, path, NextAttempt(latest), ErrorCategory.DataQuality, $"items must be an array, but '{loop.Items}' gave {Describe(evaluated)}");
            }

            items = array;
            _journal.Record(NewRecord(loop, path, 1, StepStatus.Running) with { Input = new JsonObject { ["items"] = items.DeepClone() } });
        }

        var frames = Enumerable.Range(0, items.Count).Select(i => frame.Iteration(loop.Id, i, loop.As, items[i]?.DeepClone())).ToList();
        var outcomes = new StepOutcome[items.Count];
        using (var gate = new SemaphoreSlim(loop.MaxParallelism))
        {
            await Task.WhenAll(frames.Select(async (iteration, i) =>
            {
                await gate.WaitAsync(_ct);
                try
                {
                    outcomes[i] = await RunListAsync(loop.Steps, iteration);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var results = new JsonArray([.. frames.Select(f => (JsonNode)f.OwnOutputs())]);
        var combined = StepOutcome.Combine(outcomes, results);
        if (combined.IsCompleted)
        {
            _journal.Record(NewRecord(loop, path, 1, StepStatus.Succeeded) with { Input = new JsonObject { ["items"] = items.DeepClone() }, Output = results.DeepClone(), CompletedAt = Now });
        }

        return combined;
    }

    private async Task<StepOutcome> ParallelAsync(ParallelStep parallel, string path, StepRecord? latest, Frame frame)
    {
        if (latest is null)
        {
            _journal.Record(NewRecord(parallel, path, 1, StepStatus.Running) with { Input = new JsonObject { ["branches"] = parallel.Branches.Count } });
        }

        var outcomes = await Task.WhenAll(parallel.Branches.Select(b => RunListAsync(b.Steps, frame)));
        var output = new JsonObject();
        for (var i = 0; i < parallel.Branches.Count; i++)
        {
            output[parallel.Branches[i].Name] = outcomes[i].Output?.DeepClone();
        }

        var combined = StepOutcome.Combine(outcomes, output);
        if (combined.IsCompleted)
        {
            _journal.Record(NewRecord(parallel, path, 1, StepStatus.Succeeded) with { Output = output.DeepClone(), CompletedAt = Now });
        }

        return combined;
    }

    private async Task<StepOutcome> WaitAsync(WaitStep wait, string path, StepRecord? latest, Frame frame)
    {
        string key;
        DateTimeOffset deadline;
        if (latest is { Status: StepStatus.Waiting or StepStatus.Running, Input: JsonObject started } && started["correlationKey"] is JsonValue k)
        {
            key = k.GetValue<string>();
            deadline = DateTimeOffset.Parse(started["deadline"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        }
        else
        {
            try
            {
                key = _executor.Expressions.Evaluate(wait.CorrelationKey, Scope(frame), _ct)?.ToString() ?? string.Empty;
            }
            catch (ExpressionException e)
            {
                return Fail(wait, path, NextAttempt(latest), e.Category, $"correlationKey: {e.Message}");
            }

            if (key.Length == 0)
            {
                return Fail(wait, path, NextAttempt(latest), ErrorCategory.DataQuality, $"correlationKey '{wait.CorrelationKey}' is empty: nothing to match events on");
            }

            deadline = Now + wait.Timeout;
        }

        var waitInput = new JsonObject { ["event"] = wait.Event, ["correlationKey"] = key, ["deadline"] = deadline.ToString("O", CultureInfo.InvariantCulture) };
        var timeoutPath = path + "#timeout";
        if (_journal.Latest(timeoutPath) is null)
        {
            var arrived = await _executor.Store.FindEventForWaitAsync(wait.Event, key, _run.Id, _ct);
            if (arrived is not null)
            {
                var output = EventOutput(arrived);
                _journal.Record(NewRecord(wait, path, 1, StepStatus.Succeeded) with { Input = waitInput, Output = output.DeepClone(), CompletedAt = Now });
                await CheckpointAsync(consume: [arrived.Id], removeBookmarks: [path]);
                return StepOutcome.Done(output);
            }

            if (Now < deadline)
            {
                _journal.Record(NewRecord(wait, path, 1, StepStatus.Waiting) with { Input = waitInput });
                lock (_bookmarks)
                {
                    _bookmarks.Add(new Bookmark(_run.Id, path, wait.Event, key, deadline));
                }

                return StepOutcome.Waiting(deadline);
            }

            // Deadline passed without the event: remember that (so a late event cannot change the branch taken).
            _journal.Record(NewRecord(wait, timeoutPath, 1, StepStatus.Succeeded) with { StepId = wait.Id, Input = waitInput, Output = new JsonObject { ["timedOut"] = true }, CompletedAt = Now });
            await CheckpointAsync(removeBookmarks: [path]);
        }

        if (wait.OnTimeout.Count == 0)
        {
            return Fail(wait, path, 1, ErrorCategory.Business, $"no '{wait.Event}' event for key '{key}' arrived within {Durations.Format(wait.Timeout)}", "wait-timeout", waitInput);
        }

        var branch = await RunListAsync(wait.OnTimeout, frame);
        if (branch.IsCompleted)
        {
            var output = new JsonObject { ["timedOut"] = true, ["output"] = branch.Output?.DeepClone() };
            _journal.Record(NewRecord(wait, path, 1, StepStatus.Succeeded) with { Input = waitInput, Output = output.DeepClone(), CompletedAt = Now });
            return StepOutcome.Done(output);
        }

        return branch;
    }

    private static JsonObject EventOutput(HubEvent e) => new()
    {
        ["eventId"] = e.Id,
        ["type"] = e.Type,
        ["correlationKey"] = e.CorrelationKey,
        ["occurredAt"] = e.OccurredAt.ToString("O", CultureInfo.InvariantCulture),
        ["payload"] = e.Payload?.DeepClone(),
    };

    private Task<StepOutcome> DelayAsync(DelayStep delay, string path, StepRecord? latest, Frame frame)
    {
        DateTimeOffset wakeAt;
        if (latest is { Status: StepStatus.Waiting, Input: JsonObject started } && started["wakeAt"] is JsonValue w)
        {
            wakeAt = DateTimeOffset.Parse(w.GetValue<string>(), CultureInfo.InvariantCulture);
        }
        else if (delay.Duration is { } duration)
        {
            wakeAt = Now + duration;
        }
        else
        {
            string? text;
            try
            {
                text = _executor.Expressions.Evaluate(delay.Until!, Scope(frame), _ct)?.ToString();
            }
            catch (ExpressionException e)
            {
                return Task.FromResult(Fail(delay, path, NextAttempt(latest), e.Category, $"until: {e.Message}"));
            }

            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out wakeAt))
            {
                return Task.FromResult(Fail(delay, path, NextAttempt(latest), ErrorCategory.DataQuality, $"until must give an ISO 8601 instant, but gave '{text}'"));
            }
        }

        var input = new JsonObject { ["wakeAt"] = wakeAt.ToString("O", CultureInfo.InvariantCulture) };
        if (Now >= wakeAt)
        {
            _journal.Record(NewRecord(delay, path, 1, StepStatus.Succeeded) with { Input = input, CompletedAt = Now });
            return Task.FromResult(StepOutcome.Done(null));
        }

        _journal.Record(NewRecord(delay, path, 1, StepStatus.Waiting) with { Input = input });
        return Task.FromResult(StepOutcome.Scheduled(wakeAt));
    }

    private async Task<StepOutcome> RespondAsync(RespondStep respond, string path, StepRecord? latest, Frame frame)
    {
        var attempt = NextAttempt(latest);
        JsonObject response;
        try
        {
            var status = respond.Status switch
            {
                null => 200,
                JsonValue v when v.TryGetValue<int>(out var code) => code,
                var expression => ToStatus(Evaluate(expression, frame)),
            };
            var headers = new JsonObject();
            foreach (var (name, value) in respond.Headers)
            {
                headers[name] = ExpressionSyntax.IsExpression(value) ? _executor.Expressions.Evaluate(value, Scope(frame), _ct)?.ToString() : value;
            }

            response = new JsonObject { ["status"] = status, ["headers"] = headers, ["body"] = Evaluate(respond.Body, frame) };
        }
        catch (ExpressionException e)
        {
            return Fail(respond, path, attempt, e.Category, e.Message);
        }
        catch (FormatException e)
        {
            return Fail(respond, path, attempt, ErrorCategory.DataQuality, e.Message);
        }

        _journal.Record(NewRecord(respond, path, attempt, StepStatus.Succeeded) with { Output = response.DeepClone(), CompletedAt = Now });
        if (ReferenceEquals(respond, _finalRespond))
        {
            // Nothing follows: the answer and the run's end are one commit (the run's output is the answer, as it
            // would be for any last step), still durable before the caller is told.
            await FinishAsync(RunStatus.Succeeded, response, null, response);
            _finishedByRespond = true;
            _executor.Notifier.Notify(Answer!);
        }
        else
        {
            await CheckpointAsync(response: response);
            _answered = response;
            _executor.Notifier.Notify(new RunAnswer(_run.Id, RunStatus.Running, (JsonObject)response.DeepClone(), null, null));
        }

        return StepOutcome.Done(response);
    }

    private static int ToStatus(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is >= 100 and <= 599 && d == Math.Floor(d)
            ? (int)d
            : throw new FormatException($"status must be an HTTP status code (100-599), but the expression gave {Describe(value)}");

    private async Task<StepOutcome> PublishAsync(PublishStep publish, string path, StepRecord? latest, Frame frame)
    {
        var attempt = NextAttempt(latest);
        JsonNode? payload;
        string? key;
        try
        {
            payload = Evaluate(publish.Payload, frame);
            key = publish.CorrelationKey is null ? null : _executor.Expressions.Evaluate(publish.CorrelationKey, Scope(frame), _ct)?.ToString();
        }
        catch (ExpressionException e)
        {
            return Fail(publish, path, attempt, e.Category, e.Message);
        }

        // The id derives from run, generation and step: a re-executed publish cannot emit a second event.
        var hubEvent = new HubEvent($"{_run.Id}/{_run.Generation}/{path}", publish.Event, key, payload, $"run:{_run.Id}", Now);
        var output = new JsonObject { ["eventId"] = hubEvent.Id, ["type"] = hubEvent.Type, ["correlationKey"] = key };
        _journal.Record(NewRecord(publish, path, attempt, StepStatus.Succeeded) with { Input = payload?.DeepClone(), Output = output.DeepClone(), CompletedAt = Now });
        await CheckpointAsync(publish: [hubEvent]);
        _executor.Dispatcher.DispatchEvent(hubEvent.Id);
        return StepOutcome.Done(output);
    }

    private async Task<StepOutcome> SubflowAsync(SubflowStep subflow, string path, StepRecord? latest, Frame frame)
    {
        Guid childId;
        if (latest is { Status: StepStatus.Waiting or StepStatus.Running, Input: JsonObject started } && started["childRunId"] is JsonValue id)
        {
            childId = Guid.Parse(id.GetValue<string>());
        }
        else
        {
            var target = await _executor.Flows.GetLatestPublishedAsync(subflow.Flow, _ct);
            if (target is null)
            {
                return Fail(subflow, path, NextAttempt(latest), ErrorCategory.Platform, $"flow '{subflow.Flow}' has no published version to start");
            }

            JsonNode? input;
            try
            {
                input = Evaluate(subflow.Input, frame);
            }
            catch (ExpressionException e)
            {
                return Fail(subflow, path, NextAttempt(latest), e.Category, $"input: {e.Message}");
            }

            var child = new NewRun
            {
                FlowId = subflow.Flow,
                FlowVersion = target.Value.Version,
                TriggerKind = "subflow",
                Input = input,
                CorrelationId = _run.CorrelationId,
                IdempotencyKey = $"{_run.Id}/{_run.Generation}/{path}",
                ParentRunId = _run.Id,
                BusinessKeys = _run.BusinessKeys,
            };
            childId = child.Id;
            var startedInput = new JsonObject { ["childRunId"] = childId.ToString(), ["flow"] = subflow.Flow, ["version"] = target.Value.Version };
            _journal.Record(NewRecord(subflow, path, 1, subflow.WaitForCompletion ? StepStatus.Waiting : StepStatus.Succeeded) with
            {
                Input = startedInput,
                Output = subflow.WaitForCompletion ? null : startedInput.DeepClone(),
                CompletedAt = subflow.WaitForCompletion ? null : Now,
            });
            await CheckpointAsync(start: [child]);
            _executor.Dispatcher.Enqueue(childId);
            if (!subflow.WaitForCompletion)
            {
                return StepOutcome.Done(startedInput);
            }
        }

        var finished = await _executor.Store.FindEventForWaitAsync(RuntimeEvents.RunFinished, childId.ToString(), _run.Id, _ct);
        if (finished is null)
        {
            var deadline = (latest?.StartedAt ?? Now) + _executor.Options.SubflowTimeout;
            lock (_bookmarks)
            {
                _bookmarks.Add(new Bookmark(_run.Id, path, RuntimeEvents.RunFinished, childId.ToString(), deadline));
            }

            return StepOutcome.Waiting(deadline);
        }

        var result = finished.Payload as JsonObject;
        var status = result?["status"]?.GetValue<string>();
        if (status != "succeeded")
        {
            var category = ErrorCategoryNames.TryParse(result?["error"]?["category"]?.GetValue<string>(), out var c) ? c : ErrorCategory.Platform;
            return Fail(subflow, path, 1, category, $"subflow '{subflow.Flow}' run {childId} {status}: {result?["error"]?["message"]?.GetValue<string>()}");
        }

        var output = result!["output"]?.DeepClone();
        _journal.Record(NewRecord(subflow, path, 1, StepStatus.Succeeded) with { Input = new JsonObject { ["childRunId"] = childId.ToString() }, Output = output?.DeepClone(), CompletedAt = Now });
        await CheckpointAsync(consume: [finished.Id], removeBookmarks: [path]);
        return StepOutcome.Done(output);
    }

    private static int NextAttempt(StepRecord? latest) => latest is null ? 1 : latest.Status == StepStatus.Failed || latest.Status == StepStatus.Running ? latest.Attempt + 1 : latest.Attempt;

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => $"'{value.ToJsonString()}'",
    };
}
