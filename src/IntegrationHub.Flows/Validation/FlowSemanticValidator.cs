using System.Text.Json.Nodes;
using Cronos;
using IntegrationHub.Flows.Model;

namespace IntegrationHub.Flows.Validation;

/// <summary>Rules the schema cannot express: ids, references, trigger consistency, expressions.</summary>
internal sealed class FlowSemanticValidator(FlowDefinition flow, FlowValidationContext context)
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal) { "input", "vars", "steps", "run", "item" };

    private readonly List<FlowValidationError> _errors = [];

    public IReadOnlyList<FlowValidationError> Validate()
    {
        CheckRetryPolicies();
        CheckTriggers();
        var stepIds = CheckStepIds();
        foreach (var step in flow.AllSteps())
        {
            CheckStep(step);
        }

        CheckRespondPlacement(flow.Steps, insideLoopOrLane: false);
        if (flow.Document is not null)
        {
            CheckExpressions(flow.Document, "$", stepIds);
        }

        return _errors;
    }

    private void Add(string path, string message, string code) =>
        _errors.Add(new FlowValidationError(context.File, path, message, code));

    private void CheckRetryPolicies()
    {
        if (flow.DefaultRetryPolicy is { } name && !flow.RetryPolicies.ContainsKey(name))
        {
            Add("$.defaultRetryPolicy", $"retry policy '{name}' is not declared in $.retryPolicies{Declared(flow.RetryPolicies.Keys)}", FlowValidationCodes.UnknownRetryPolicy);
        }

        foreach (var (policyName, policy) in flow.RetryPolicies)
        {
            if (policy.InitialDelay > policy.MaxDelay)
            {
                Add($"$.retryPolicies.{policyName}.initialDelay", $"initialDelay ({Durations.Format(policy.InitialDelay)}) is longer than maxDelay ({Durations.Format(policy.MaxDelay)})", FlowValidationCodes.RetryPolicy);
            }

            if (policy.AttemptTimeout is { } timeout && timeout <= TimeSpan.Zero)
            {
                Add($"$.retryPolicies.{policyName}.attemptTimeout", "attemptTimeout must be positive", FlowValidationCodes.RetryPolicy);
            }
        }
    }

    private void CheckTriggers()
    {
        var httpPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var manualCount = 0;
        foreach (var trigger in flow.Triggers)
        {
            switch (trigger)
            {
                case HttpTrigger http:
                    if (http.Path.Length > 0 && !httpPaths.TryAdd($"{http.Method} {http.Path}", http.JsonPath))
                    {
                        Add($"{http.JsonPath}.path", $"{http.Method} /hooks/{http.Path} is already served by {httpPaths[$"{http.Method} {http.Path}"]}", FlowValidationCodes.Trigger);
                    }

                    if (http.SyncTimeout <= TimeSpan.Zero)
                    {
                        Add($"{http.JsonPath}.syncTimeout", "syncTimeout must be positive", FlowValidationCodes.Trigger);
                    }

                    CheckSchemaRef(http.InputSchema, $"{http.JsonPath}.inputSchema");
                    break;
                case ScheduleTrigger schedule:
                    CheckCron(schedule);
                    break;
                case ManualTrigger manual:
                    manualCount++;
                    if (manualCount > 1)
                    {
                        Add(manual.JsonPath, "a flow has at most one manual trigger", FlowValidationCodes.Trigger);
                    }

                    CheckSchemaRef(manual.InputSchema, $"{manual.JsonPath}.inputSchema");
                    break;
            }
        }
    }

    private void CheckCron(ScheduleTrigger schedule)
    {
        if (schedule.Cron.Length > 0)
        {
            var fields = schedule.Cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            try
            {
                CronExpression.Parse(schedule.Cron, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            }
            catch (CronFormatException e)
            {
                Add($"{schedule.JsonPath}.cron", $"'{schedule.Cron}' is not a valid cron expression: {e.Message}", FlowValidationCodes.Trigger);
            }
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            Add($"{schedule.JsonPath}.timeZone", $"'{schedule.TimeZone}' is not a known time zone (use an IANA name such as Europe/Berlin)", FlowValidationCodes.Trigger);
        }
        catch (InvalidTimeZoneException)
        {
            Add($"{schedule.JsonPath}.timeZone", $"time zone '{schedule.TimeZone}' has invalid data on this machine", FlowValidationCodes.Trigger);
        }
    }

    private HashSet<string> CheckStepIds()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in flow.AllSteps())
        {
            if (step.Id.Length == 0)
            {
                continue;
            }

            if (!seen.TryAdd(step.Id, step.JsonPath))
            {
                Add($"{step.JsonPath}.id", $"step id '{step.Id}' is already used by the step at {seen[step.Id]}", FlowValidationCodes.DuplicateStepId);
            }
        }

        return [.. seen.Keys];
    }

    private void CheckStep(StepDefinition step)
    {
        switch (step)
        {
            case CallStep call:
                if (call.Connection.Length > 0 && !flow.Connections.ContainsKey(call.Connection))
                {
                    Add($"{call.JsonPath}.connection", $"connection '{call.Connection}' is not declared in $.connections{Declared(flow.Connections.Keys)}", FlowValidationCodes.UnknownConnection);
                }

                if (call.RetryPolicy is { } policy && !flow.RetryPolicies.ContainsKey(policy))
                {
                    Add($"{call.JsonPath}.retryPolicy", $"retry policy '{policy}' is not declared in $.retryPolicies{Declared(flow.RetryPolicies.Keys)}", FlowValidationCodes.UnknownRetryPolicy);
                }

                if (call.Timeout is { } timeout && timeout <= TimeSpan.Zero)
                {
                    Add($"{call.JsonPath}.timeout", "timeout must be positive", FlowValidationCodes.StepRule);
                }

                break;
            case MapStep map when context.Mappings is { } mappings && map.Mapping.Length > 0 && !mappings.Contains(map.Mapping):
                Add($"{map.JsonPath}.mapping", $"mapping '{map.Mapping}' does not exist (flows/mappings/{map.Mapping}.map.json){Declared(mappings)}", FlowValidationCodes.UnknownMapping);
                break;
            case ValidateStep validate:
                CheckSchemaRef(validate.Schema, $"{validate.JsonPath}.schema");
                break;
            case ForeachStep loop when ReservedNames.Contains(loop.As) && loop.As != "item":
                Add($"{loop.JsonPath}.as", $"'{loop.As}' is a reserved name in expressions; choose another", FlowValidationCodes.StepRule);
                break;
            case ParallelStep parallel:
                foreach (var duplicate in parallel.Branches.GroupBy(b => b.Name).Where(g => g.Count() > 1))
                {
                    Add($"{duplicate.Last().JsonPath}.name", $"branch name '{duplicate.Key}' is used twice in this parallel step", FlowValidationCodes.StepRule);
                }

                break;
            case WaitStep wait when wait.Timeout <= TimeSpan.Zero:
                Add($"{wait.JsonPath}.timeout", "timeout must be positive", FlowValidationCodes.StepRule);
                break;
            case DelayStep delay when (delay.Duration is null) == (delay.Until is null):
                Add(delay.JsonPath, "a delay step needs exactly one of 'duration' or 'until'", FlowValidationCodes.StepRule);
                break;
            case SubflowStep subflow:
                if (subflow.Flow == flow.Id)
                {
                    Add($"{subflow.JsonPath}.flow", "a flow cannot start itself as a subflow", FlowValidationCodes.UnknownFlow);
                }
                else if (context.Flows is { } flows && subflow.Flow.Length > 0 && !flows.Contains(subflow.Flow))
                {
                    Add($"{subflow.JsonPath}.flow", $"flow '{subflow.Flow}' does not exist", FlowValidationCodes.UnknownFlow);
                }

                break;
            case SetStep set:
                foreach (var name in set.Vars.Keys.Where(ReservedNames.Contains))
                {
                    Add($"{set.JsonPath}.vars.{name}", $"'{name}' is a reserved name in expressions; choose another", FlowValidationCodes.StepRule);
                }

                break;
        }
    }

    private void CheckRespondPlacement(IReadOnlyList<StepDefinition> steps, bool insideLoopOrLane)
    {
        var hasHttp = flow.Triggers.Any(t => t is HttpTrigger);
        foreach (var step in steps)
        {
            if (step is RespondStep)
            {
                if (!hasHttp)
                {
                    Add(step.JsonPath, "a respond step needs an http trigger: nobody waits for this answer", FlowValidationCodes.Trigger);
                }
                else if (insideLoopOrLane)
                {
                    Add(step.JsonPath, "a respond step cannot be inside a foreach or parallel step: the caller gets one answer", FlowValidationCodes.StepRule);
                }
            }

            foreach (var child in step.Children)
            {
                CheckRespondPlacement(child.Steps, insideLoopOrLane || step is ForeachStep or ParallelStep);
            }
        }
    }

    private void CheckSchemaRef(string? schema, string path)
    {
        if (schema is { Length: > 0 } && context.Schemas is { } schemas && !schemas.Contains(schema))
        {
            Add(path, $"schema '{schema}' does not exist (flows/schemas/{schema}.schema.json){Declared(schemas)}", FlowValidationCodes.UnknownSchema);
        }
    }

    private void CheckExpressions(JsonNode node, string path, HashSet<string> stepIds)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (value is not null && key is not ("description" or "name" or "$schema"))
                    {
                        CheckExpressions(value, $"{path}.{key}", stepIds);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        CheckExpressions(item, $"{path}[{i}]", stepIds);
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && ExpressionSyntax.IsExpression(text):
                var error = ExpressionSyntax.Check(text, out var references);
                if (error is not null)
                {
                    Add(path, error, FlowValidationCodes.ExpressionSyntax);
                }

                foreach (var reference in references.Where(r => !stepIds.Contains(r)).Distinct())
                {
                    Add(path, $"the expression reads steps.{reference}, but no step has the id '{reference}'", FlowValidationCodes.UnknownStep);
                }

                break;
        }
    }

    private static string Declared(IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.Ordinal).Take(20).ToList();
        return list.Count == 0 ? " (none declared)" : $" (known: {string.Join(", ", list)})";
    }
}
