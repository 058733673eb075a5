using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Flows.Model;
using IntegrationHub.Mapping.Documents;
using IntegrationHub.Mapping.Expressions;
using IntegrationHub.Mapping.Lookups;
using IntegrationHub.Mapping.Sandbox;
using Jint.Native;
using Jint.Runtime;

namespace IntegrationHub.Mapping.Execution;

/// <summary>
/// One execution of a compiled mapping. Path and constant rules run in C#; only expressions enter the sandbox,
/// on one engine rented for the whole run (lazily: a mapping without expressions never touches the pool), under
/// one time budget. A failing rule is recorded and the run goes on, so a preview shows every problem at once;
/// a sandbox-limit breach stops the run.
/// </summary>
internal sealed class MappingRun(
    CompiledMapping mapping,
    JsonNode? root,
    JsonNode? vars,
    SandboxEnginePool pool,
    Func<string, LookupTable?> lookups,
    bool trace,
    CancellationToken ct,
    bool fastExpressions = true) : IDisposable
{
    private readonly Stack<OutputObject> _builders = OutputObject.PoolOfThisThread;
    private readonly FastScratch _scratch = FastScratch.Current;
    private SandboxLease? _lease;
    private JsValue? _rootScript;
    private JsValue? _varsScript;
    private bool _aborted;
    private FastValue[]? _fastArguments;
    private bool? _rootConvertible;
    private bool? _varsConvertible;

    public List<MappingError> Errors { get; } = [];

    public List<RuleTrace>? Trace { get; } = trace ? [] : null;

    public JsonObject Execute()
    {
        var output = OutputObject.Rent(_builders);
        RunRules(mapping.Rules, output, new Frame { Item = root }, TargetContext.Root);
        return output.Build();
    }

    public void Dispose() => _lease?.Dispose();

    private void RunRules(CompiledRule[] rules, OutputObject target, Frame frame, TargetContext context)
    {
        foreach (var rule in rules)
        {
            if (_aborted)
            {
                return;
            }

            try
            {
                RunRule(rule, target, frame, context);
            }
            catch (ExpressionException e)
            {
                var limit = ExpressionException.IsLimit(e.Failure);
                Fail(rule, frame, context, e.Message, limit ? ErrorCategory.Platform : ErrorCategory.DataQuality);
                _aborted |= limit;
            }
            catch (LookupMissException e)
            {
                Fail(rule, frame, context, e.Message, ErrorCategory.DataQuality);
            }
            catch (MappingRuleException e)
            {
                Fail(rule, frame, context, e.Message, ErrorCategory.DataQuality);
            }
        }
    }

    private void RunRule(CompiledRule compiled, OutputObject target, Frame frame, TargetContext context)
    {
        var rule = compiled.Rule;
        if (compiled.When is not null && !Truthy(compiled.When, frame))
        {
            Record(compiled, frame, context, null, RuleOutcome.Skipped);
            return;
        }

        switch (rule.Kind)
        {
            case MappingRuleKind.Array:
                RunArray(compiled, target, frame, context);
                return;
            case MappingRuleKind.Object:
                RunObject(compiled, target, frame, context);
                return;
        }

        var value = rule.Kind switch
        {
            // Type conversion and lookups build new nodes, so the source node is only cloned when written as it is.
            MappingRuleKind.Source => rule.Type is null && rule.Lookup is null
                ? compiled.Source!.Read(root, frame.Item)?.DeepClone()
                : compiled.Source!.Read(root, frame.Item),
            MappingRuleKind.Expression => Evaluate(compiled.Expression!, frame),
            _ => rule.Value?.DeepClone(),
        };

        if (rule.Type is not null)
        {
            value = ValueConversion.Convert(value, rule.Type);
        }

        if (rule.Lookup is not null)
        {
            var table = lookups(rule.Lookup) ?? throw new MappingRuleException($"there is no lookup table '{rule.Lookup}'");
            value = table.Resolve(value, rule.OnMissing);
        }

        var outcome = RuleOutcome.Written;
        if (value is null)
        {
            if (rule.Default is null)
            {
                Record(compiled, frame, context, null, RuleOutcome.Empty);
                return;
            }

            value = rule.Default.DeepClone();
            outcome = RuleOutcome.Defaulted;
        }

        Record(compiled, frame, context, value, outcome);
        Write(target, compiled, context, value);
    }

    private void RunArray(CompiledRule compiled, OutputObject target, Frame frame, TargetContext context)
    {
        var rule = compiled.Rule;
        var source = compiled.Source is not null ? compiled.Source.Read(root, frame.Item) : Evaluate(compiled.Expression!, frame);
        if (source is null)
        {
            if (rule.Default is not null)
            {
                Record(compiled, frame, context, rule.Default, RuleOutcome.Defaulted);
                Write(target, compiled, context, rule.Default.DeepClone());
            }
            else
            {
                Record(compiled, frame, context, null, RuleOutcome.Empty);
            }

            return;
        }

        if (source is not JsonArray elements)
        {
            throw new MappingRuleException($"forEach expects an array, found {Describe(source)}");
        }

        var output = elements.Count == 0 ? [] : new JsonNode?[elements.Count];
        var written = 0;
        for (var i = 0; i < elements.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var element = new Frame
            {
                Item = elements[i],
                Index = i,
                Parent = frame,
                Enclosing = frame,
                Alias = rule.As,
                Via = compiled.Source,
                ViaExpression = compiled.Source is null ? rule.Expression : null,
                IsElement = true,
            };
            if (compiled.Where is not null && !Truthy(compiled.Where, element))
            {
                Record(compiled, element, context, null, RuleOutcome.Skipped);
                continue;
            }

            var item = OutputObject.Rent(_builders);
            RunRules(compiled.Children, item, element, new TargetContext(context, Last(compiled), written));
            output[written++] = item.Build();
            if (_aborted)
            {
                break;
            }
        }

        if (Trace is not null)
        {
            Record(compiled, frame, context, JsonValue.Create(written), RuleOutcome.Written);
        }

        Write(target, compiled, context, new JsonArray(output.AsSpan(0, written)));
    }

    private void RunObject(CompiledRule compiled, OutputObject target, Frame frame, TargetContext context)
    {
        var inner = frame;
        var hasContext = compiled.Source is not null || compiled.Expression is not null;
        if (hasContext)
        {
            var source = compiled.Source is not null ? compiled.Source.Read(root, frame.Item) : Evaluate(compiled.Expression!, frame);
            if (source is null)
            {
                Record(compiled, frame, context, null, RuleOutcome.Empty);
                return;
            }

            inner = new Frame
            {
                Item = source,
                Index = frame.Index,
                Parent = frame.Parent,
                Enclosing = frame,
                Via = compiled.Source,
                ViaExpression = compiled.Source is null ? compiled.Rule.Expression : null,
            };
        }

        var output = OutputObject.Rent(_builders);
        RunRules(compiled.Children, output, inner, new TargetContext(context, compiled.Rule.Target, -1));
        var built = output.Build();
        if (built.Count == 0 && !hasContext)
        {
            Record(compiled, frame, context, null, RuleOutcome.Empty);
            return;
        }

        Record(compiled, frame, context, null, RuleOutcome.Written);
        Write(target, compiled, context, built);
    }

    private static string Last(CompiledRule compiled) => compiled.Rule.Target;

    private static void Write(OutputObject target, CompiledRule compiled, TargetContext context, JsonNode value)
    {
        var segments = compiled.TargetSegments;
        var current = target;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var index = current.IndexOf(segments[i]);
            if (index < 0)
            {
                current = current.AddNested(segments[i]);
            }
            else if (current.NestedAt(index) is { } nested)
            {
                current = nested;
            }
            else if (current.ValueAt(index) is JsonObject written)
            {
                // Another rule wrote a whole object here (a copied source object, an expression's object): write into it.
                WriteInto(written, segments, i + 1, context, value);
                return;
            }
            else
            {
                throw new MappingRuleException($"cannot write into '{segments[i]}' at {context.Path}: another rule wrote a {Describe(current.ValueAt(index))} there");
            }
        }

        current.Set(segments[^1], value);
    }

    private static void WriteInto(JsonObject target, string[] segments, int start, TargetContext context, JsonNode value)
    {
        var current = target;
        for (var i = start; i < segments.Length - 1; i++)
        {
            switch (current[segments[i]])
            {
                case JsonObject next:
                    current = next;
                    break;
                case null:
                    var created = new JsonObject();
                    current[segments[i]] = created;
                    current = created;
                    break;
                default:
                    throw new MappingRuleException($"cannot write into '{segments[i]}' at {context.Path}: another rule wrote a {Describe(current[segments[i]])} there");
            }
        }

        current[segments[^1]] = value;
    }

    private bool Truthy(CompiledExpression expression, Frame frame)
    {
        if (TryFast(expression, frame, out var fast))
        {
            return FastExpression.IsTruthy(fast);
        }

        var engine = Engine();
        return TypeConverter.ToBoolean(ExpressionRunner.Run(engine, expression, Arguments(engine, expression, frame), ct));
    }

    private JsonNode? Evaluate(CompiledExpression expression, Frame frame)
    {
        if (TryFast(expression, frame, out var fast) && FastExpression.TryToJson(fast, out var json))
        {
            return json;
        }

        var engine = Engine();
        return ExpressionRunner.RunToJson(engine, expression, Arguments(engine, expression, frame), ct);
    }

    /// <summary>
    /// Evaluates an expression in C# when it is within the fast subset and every value it reads is ordinary; false
    /// sends it to the sandbox, which then gives exactly the result or error it would have given anyway.
    /// </summary>
    private bool TryFast(CompiledExpression expression, Frame frame, out FastValue value)
    {
        value = default;
        if (expression.Fast is not { } fast || !fastExpressions)
        {
            return false;
        }

        // The sandbox observes cancellation on every call; so does the fast path.
        ct.ThrowIfCancellationRequested();
        var used = expression.Used;
        if (_fastArguments is null || _fastArguments.Length < used.Length)
        {
            _fastArguments = new FastValue[used.Length];
        }

        var arguments = _fastArguments;
        if ((used[0] && !Bind(arguments, 0, root, null))
            || (used[1] && !Bind(arguments, 1, ItemOf(frame), frame))
            || (used[3] && !(frame.Parent is null ? Undefined(arguments, 3) : Bind(arguments, 3, ItemOf(frame.Parent), frame.Parent)))
            || (used[4] && !Bind(arguments, 4, vars, null)))
        {
            return false;
        }

        if (used[2])
        {
            arguments[2] = frame.Index >= 0 ? FastValue.Of(JsNumber.Create(frame.Index)) : FastValue.Undefined;
        }

        if (used.Length > 5)
        {
            var position = used.Length - 1;
            for (var f = frame; f is not null && position >= 5; f = f.Enclosing)
            {
                if (f.Alias is not null)
                {
                    if (used[position] && !Bind(arguments, position, ItemOf(f), f))
                    {
                        return false;
                    }

                    position--;
                }
            }

            if (position >= 5)
            {
                return false;
            }
        }

        return fast.TryEvaluate(arguments, lookups, _scratch, out value);
    }

    private static bool Undefined(FastValue[] arguments, int index)
    {
        arguments[index] = FastValue.Undefined;
        return true;
    }

    /// <summary>What the sandbox would see for a frame: the root for the root frame, else the frame's item.</summary>
    private JsonNode? ItemOf(Frame frame) => frame.Enclosing is null ? root : frame.Item;

    /// <summary>
    /// Binds one argument; false when the sandbox would refuse to convert the value (JSON nested deeper than it
    /// accepts), so that the sandbox reports it as before. Root and vars are checked once per run, frames once each.
    /// </summary>
    private bool Bind(FastValue[] arguments, int index, JsonNode? node, Frame? frame)
    {
        if (node is JsonObject or JsonArray)
        {
            bool usable;
            if (frame is null || frame.Enclosing is null || !frame.FromExpression)
            {
                usable = ReferenceEquals(node, vars) && !ReferenceEquals(node, root)
                    ? _varsConvertible ??= JsonBridge.IsConvertible(vars)
                    : _rootConvertible ??= JsonBridge.IsConvertible(root);
            }
            else
            {
                usable = frame.Convertible ??= JsonBridge.IsConvertible(node);
            }

            if (!usable)
            {
                return false;
            }
        }

        return FastValue.TryFrom(node, out arguments[index]);
    }

    private SandboxEngine Engine()
    {
        _lease ??= pool.Rent(pool.Options.TimeLimit, lookups, ct);
        return _lease.Engine;
    }

    /// <summary>Arguments in the compiled parameter order: input, item, index, parent, vars, then array aliases outermost first.</summary>
    private JsValue[] Arguments(SandboxEngine engine, CompiledExpression expression, Frame frame)
    {
        var used = expression.Used;
        var arguments = new JsValue[used.Length];
        arguments[0] = used[0] ? _rootScript ??= JsonBridge.ToJs(engine.Engine, root) : JsValue.Undefined;
        arguments[1] = used[1] ? Script(engine, frame) : JsValue.Undefined;
        arguments[2] = used[2] && frame.Index >= 0 ? JsNumber.Create(frame.Index) : JsValue.Undefined;
        arguments[3] = used[3] && frame.Parent is not null ? Script(engine, frame.Parent) : JsValue.Undefined;
        arguments[4] = used[4] ? _varsScript ??= JsonBridge.ToJs(engine.Engine, vars) : JsValue.Undefined;
        if (used.Length > 5)
        {
            var position = used.Length - 1;
            for (var f = frame; f is not null && position >= 5; f = f.Enclosing)
            {
                if (f.Alias is not null)
                {
                    arguments[position] = used[position] ? Script(engine, f) : JsValue.Undefined;
                    position--;
                }
            }
        }

        return arguments;
    }

    private JsValue Script(SandboxEngine engine, Frame frame)
    {
        if (frame.Enclosing is null)
        {
            return _rootScript ??= JsonBridge.ToJs(engine.Engine, root);
        }

        return frame.Script ??= JsonBridge.ToJs(engine.Engine, frame.Item);
    }

    private void Record(CompiledRule compiled, Frame frame, TargetContext context, JsonNode? value, RuleOutcome outcome)
    {
        Trace?.Add(new RuleTrace(compiled.Rule.Path, context.Child(compiled.Rule.Target), SourceOf(compiled, frame), value?.DeepClone(), outcome));
    }

    private void Fail(CompiledRule compiled, Frame frame, TargetContext context, string message, ErrorCategory category)
    {
        Errors.Add(new MappingError(context.Child(compiled.Rule.Target), SourceOf(compiled, frame), compiled.Rule.Path, message) { Category = category });
        Trace?.Add(new RuleTrace(compiled.Rule.Path, context.Child(compiled.Rule.Target), SourceOf(compiled, frame), null, RuleOutcome.Failed));
    }

    private static string? SourceOf(CompiledRule compiled, Frame frame) =>
        compiled.Source is not null ? compiled.Source.Describe(frame.Path)
        : compiled.Rule.Kind == MappingRuleKind.Constant ? null
        : frame.Path;

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => $"the string '{Shorten(v.GetValue<string>())}'",
            JsonValueKind.Number => $"the number {v.ToJsonString()}",
            _ => v.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    internal static string DescribeValue(JsonNode? node) => Describe(node);
}
