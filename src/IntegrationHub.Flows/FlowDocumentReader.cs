using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;

namespace IntegrationHub.Flows;

/// <summary>
/// Turns a flow document into the typed model. Lenient on purpose: structure is judged by the schema,
/// so this reader never throws on a malformed document and semantic checks can still run on what is there.
/// </summary>
internal static class FlowDocumentReader
{
    public static FlowDefinition Read(JsonObject root)
    {
        return new FlowDefinition
        {
            Id = Str(root, "id") ?? string.Empty,
            Version = root["version"] is JsonValue v && v.TryGetValue<int>(out var version) ? version : null,
            Name = Str(root, "name") ?? string.Empty,
            Description = Str(root, "description"),
            Triggers = ReadTriggers(root["trigger"]),
            BusinessKeys = StringMap(root["businessKeys"]),
            Connections = ReadConnections(root["connections"]),
            RetryPolicies = ReadRetryPolicies(root["retryPolicies"]),
            DefaultRetryPolicy = Str(root, "defaultRetryPolicy"),
            Steps = ReadSteps(root["steps"], "$.steps"),
            Document = root,
        };
    }

    private static List<TriggerDefinition> ReadTriggers(JsonNode? node)
    {
        var triggers = new List<TriggerDefinition>();
        switch (node)
        {
            case JsonObject single:
                AddTrigger(single, "$.trigger");
                break;
            case JsonArray many:
                for (var i = 0; i < many.Count; i++)
                {
                    if (many[i] is JsonObject t)
                    {
                        AddTrigger(t, $"$.trigger[{i}]");
                    }
                }

                break;
        }

        return triggers;

        void AddTrigger(JsonObject t, string path)
        {
            TriggerDefinition? trigger = Str(t, "kind") switch
            {
                "http" => new HttpTrigger
                {
                    Path = Str(t, "path") ?? string.Empty,
                    Method = Str(t, "method") ?? "POST",
                    SyncTimeout = Duration(t, "syncTimeout") ?? TimeSpan.FromSeconds(10),
                    InputSchema = Str(t, "inputSchema"),
                },
                "schedule" => new ScheduleTrigger
                {
                    Cron = Str(t, "cron") ?? string.Empty,
                    TimeZone = Str(t, "timeZone") ?? "UTC",
                    Input = t["input"]?.DeepClone(),
                },
                "event" => new EventTrigger { Event = Str(t, "event") ?? string.Empty, Filter = Str(t, "filter") },
                "manual" => new ManualTrigger { InputSchema = Str(t, "inputSchema") },
                _ => null,
            };
            if (trigger is not null)
            {
                triggers.Add(trigger with
                {
                    IdempotencyKey = Str(t, "idempotencyKey"),
                    CorrelationId = Str(t, "correlationId"),
                    JsonPath = path,
                });
            }
        }
    }

    private static Dictionary<string, ConnectionBinding> ReadConnections(JsonNode? node)
    {
        var result = new Dictionary<string, ConnectionBinding>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj)
            {
                if (value is JsonObject binding)
                {
                    result[name] = new ConnectionBinding(Str(binding, "connector") ?? string.Empty, Str(binding, "connection") ?? name);
                }
            }
        }

        return result;
    }

    private static Dictionary<string, RetryPolicyDefinition> ReadRetryPolicies(JsonNode? node)
    {
        var result = new Dictionary<string, RetryPolicyDefinition>(StringComparer.Ordinal);
        if (node is not JsonObject obj)
        {
            return result;
        }

        foreach (var (name, value) in obj)
        {
            if (value is not JsonObject p)
            {
                continue;
            }

            var defaults = RetryPolicyDefinition.Default;
            var retryOn = new HashSet<ErrorCategory>();
            if (p["retryOn"] is JsonArray categories)
            {
                foreach (var c in categories)
                {
                    if (ErrorCategoryNames.TryParse(c is JsonValue cv && cv.TryGetValue<string>(out var s) ? s : null, out var category))
                    {
                        retryOn.Add(category);
                    }
                }
            }

            result[name] = new RetryPolicyDefinition
            {
                MaxAttempts = Int(p, "maxAttempts") ?? defaults.MaxAttempts,
                Backoff = Str(p, "backoff") == "fixed" ? BackoffKind.Fixed : BackoffKind.Exponential,
                InitialDelay = Duration(p, "initialDelay") ?? defaults.InitialDelay,
                MaxDelay = Duration(p, "maxDelay") ?? defaults.MaxDelay,
                Multiplier = p["multiplier"] is JsonValue m && m.TryGetValue<double>(out var mult) ? mult : defaults.Multiplier,
                Jitter = p["jitter"] is JsonValue j && j.TryGetValue<bool>(out var jitter) ? jitter : defaults.Jitter,
                AttemptTimeout = Duration(p, "attemptTimeout"),
                RetryOn = p["retryOn"] is JsonArray ? retryOn : defaults.RetryOn,
            };
        }

        return result;
    }

    private static List<StepDefinition> ReadSteps(JsonNode? node, string path)
    {
        var steps = new List<StepDefinition>();
        if (node is not JsonArray array)
        {
            return steps;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject s && ReadStep(s, $"{path}[{i}]") is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private static StepDefinition? ReadStep(JsonObject s, string path)
    {
        var id = Str(s, "id") ?? string.Empty;
        StepDefinition? step = Str(s, "kind") switch
        {
            StepKinds.Call => new CallStep
            {
                Id = id,
                Connection = Str(s, "connection") ?? string.Empty,
                Operation = Str(s, "operation") ?? string.Empty,
                Input = s["input"]?.DeepClone(),
                RetryPolicy = Str(s, "retryPolicy"),
                Timeout = Duration(s, "timeout"),
            },
            StepKinds.Map => new MapStep { Id = id, Mapping = Str(s, "mapping") ?? string.Empty, Source = s["source"]?.DeepClone() },
            StepKinds.Validate => new ValidateStep { Id = id, Schema = Str(s, "schema") ?? string.Empty, Value = s["value"]?.DeepClone() },
            StepKinds.Switch => new SwitchStep
            {
                Id = id,
                Cases = ReadCases(s["cases"], $"{path}.cases"),
                Default = ReadSteps(s["default"], $"{path}.default"),
            },
            StepKinds.Foreach => new ForeachStep
            {
                Id = id,
                Items = Str(s, "items") ?? string.Empty,
                As = Str(s, "as") ?? "item",
                MaxParallelism = Int(s, "maxParallelism") ?? 1,
                Steps = ReadSteps(s["steps"], $"{path}.steps"),
            },
            StepKinds.Parallel => new ParallelStep { Id = id, Branches = ReadBranches(s["branches"], $"{path}.branches") },
            StepKinds.Wait => new WaitStep
            {
                Id = id,
                Event = Str(s, "event") ?? string.Empty,
                CorrelationKey = Str(s, "correlationKey") ?? string.Empty,
                Timeout = Duration(s, "timeout") ?? TimeSpan.Zero,
                OnTimeout = ReadSteps(s["onTimeout"], $"{path}.onTimeout"),
            },
            StepKinds.Delay => new DelayStep { Id = id, Duration = Duration(s, "duration"), Until = Str(s, "until") },
            StepKinds.Respond => new RespondStep
            {
                Id = id,
                Status = s["status"]?.DeepClone(),
                Headers = StringMap(s["headers"]),
                Body = s["body"]?.DeepClone(),
            },
            StepKinds.Publish => new PublishStep
            {
                Id = id,
                Event = Str(s, "event") ?? string.Empty,
                CorrelationKey = Str(s, "correlationKey"),
                Payload = s["payload"]?.DeepClone(),
            },
            StepKinds.Subflow => new SubflowStep
            {
                Id = id,
                Flow = Str(s, "flow") ?? string.Empty,
                Input = s["input"]?.DeepClone(),
                WaitForCompletion = s["waitForCompletion"] is not JsonValue w || !w.TryGetValue<bool>(out var wait) || wait,
            },
            StepKinds.Set => new SetStep { Id = id, Vars = NodeMap(s["vars"]) },
            StepKinds.Fail => new FailStep
            {
                Id = id,
                Category = ErrorCategoryNames.TryParse(Str(s, "category"), out var category) ? category : ErrorCategory.Business,
                Code = Str(s, "code"),
                Message = Str(s, "message") ?? string.Empty,
            },
            _ => null,
        };

        return step is null ? null : step with
        {
            Name = Str(s, "name"),
            Description = Str(s, "description"),
            If = Str(s, "if"),
            BusinessKeys = StringMap(s["businessKeys"]),
            JsonPath = path,
        };
    }

    private static List<SwitchCase> ReadCases(JsonNode? node, string path)
    {
        var cases = new List<SwitchCase>();
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject c)
                {
                    var casePath = $"{path}[{i}]";
                    cases.Add(new SwitchCase(Str(c, "name"), Str(c, "when") ?? string.Empty, ReadSteps(c["steps"], $"{casePath}.steps"), casePath));
                }
            }
        }

        return cases;
    }

    private static List<ParallelBranch> ReadBranches(JsonNode? node, string path)
    {
        var branches = new List<ParallelBranch>();
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject b)
                {
                    var branchPath = $"{path}[{i}]";
                    branches.Add(new ParallelBranch(Str(b, "name") ?? string.Empty, ReadSteps(b["steps"], $"{branchPath}.steps"), branchPath));
                }
            }
        }

        return branches;
    }

    private static string? Str(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;

    private static int? Int(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<int>(out var i) ? i : null;

    private static TimeSpan? Duration(JsonObject obj, string name) =>
        Durations.TryParse(Str(obj, name), out var d) ? d : null;

    private static Dictionary<string, string> StringMap(JsonNode? node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                if (value is JsonValue v && v.TryGetValue<string>(out var s))
                {
                    result[key] = s;
                }
            }
        }

        return result;
    }

    private static Dictionary<string, JsonNode?> NodeMap(JsonNode? node)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }
}
