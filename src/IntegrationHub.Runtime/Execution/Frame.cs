using System.Text.Json.Nodes;

namespace IntegrationHub.Runtime.Execution;

/// <summary>
/// Where in the flow a step runs: its path prefix (loop positions) and what expressions see as
/// <c>steps</c> and loop variables. A loop iteration gets a child frame whose step outputs shadow the
/// parent's, so <c>steps.release.output</c> means this iteration's release.
/// </summary>
internal sealed class Frame
{
    private readonly Lock _gate = new();
    private readonly Frame? _parent;
    private readonly JsonObject _outputs = [];

    private Frame(Frame? parent, string prefix, IReadOnlyDictionary<string, JsonNode?> locals)
    {
        _parent = parent;
        Prefix = prefix;
        Locals = locals;
    }

    public string Prefix { get; }

    public IReadOnlyDictionary<string, JsonNode?> Locals { get; }

    public static Frame Root() => new(null, string.Empty, new Dictionary<string, JsonNode?>());

    public Frame Iteration(string stepId, int index, string variable, JsonNode? item)
    {
        var locals = new Dictionary<string, JsonNode?>(Locals) { [variable] = item, ["index"] = index };
        return new Frame(this, $"{Prefix}{stepId}[{index}]/", locals);
    }

    public void SetOutput(string stepId, JsonNode? output)
    {
        lock (_gate)
        {
            _outputs[stepId] = new JsonObject { ["output"] = output?.DeepClone() };
        }
    }

    /// <summary>The outputs of this frame's steps only (a loop iteration's result).</summary>
    public JsonObject OwnOutputs()
    {
        lock (_gate)
        {
            var copy = new JsonObject();
            foreach (var (id, value) in _outputs)
            {
                copy[id] = value?["output"]?.DeepClone();
            }

            return copy;
        }
    }

    /// <summary>What expressions see as <c>steps</c>: parents' outputs overlaid by this frame's.</summary>
    public JsonObject StepsView()
    {
        var view = _parent?.StepsView() ?? [];
        lock (_gate)
        {
            foreach (var (id, value) in _outputs)
            {
                view[id] = value?.DeepClone();
            }
        }

        return view;
    }
}
