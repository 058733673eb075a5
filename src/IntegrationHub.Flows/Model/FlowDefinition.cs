using System.Text.Json.Nodes;

namespace IntegrationHub.Flows.Model;

/// <summary>A parsed flow definition: what one <c>*.flow.json</c> file says.</summary>
public sealed record FlowDefinition
{
    /// <summary>Gets the flow id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the informational version written in the file, if any.</summary>
    public int? Version { get; init; }

    /// <summary>Gets the display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the triggers.</summary>
    public IReadOnlyList<TriggerDefinition> Triggers { get; init; } = [];

    /// <summary>Gets flow-level business keys (name to expression over the input).</summary>
    public IReadOnlyDictionary<string, string> BusinessKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets connection bindings by logical name.</summary>
    public IReadOnlyDictionary<string, ConnectionBinding> Connections { get; init; } = new Dictionary<string, ConnectionBinding>();

    /// <summary>Gets named retry policies.</summary>
    public IReadOnlyDictionary<string, RetryPolicyDefinition> RetryPolicies { get; init; } = new Dictionary<string, RetryPolicyDefinition>();

    /// <summary>Gets the retry policy of call steps that name none, if any.</summary>
    public string? DefaultRetryPolicy { get; init; }

    /// <summary>Gets the top-level steps.</summary>
    public IReadOnlyList<StepDefinition> Steps { get; init; } = [];

    /// <summary>Gets the document the definition was read from.</summary>
    public JsonObject? Document { get; init; }

    /// <summary>Enumerates every step, nested ones included, depth first in file order.</summary>
    public IEnumerable<StepDefinition> AllSteps() => Flatten(Steps);

    /// <summary>Finds a step by id anywhere in the flow.</summary>
    public StepDefinition? FindStep(string id) => AllSteps().FirstOrDefault(s => s.Id == id);

    /// <summary>Resolves the retry policy of a call step: its own, the flow default, or the built-in default.</summary>
    public RetryPolicyDefinition RetryPolicyFor(CallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var name = step.RetryPolicy ?? DefaultRetryPolicy;
        return name is not null && RetryPolicies.TryGetValue(name, out var policy) ? policy : RetryPolicyDefinition.Default;
    }

    private static IEnumerable<StepDefinition> Flatten(IEnumerable<StepDefinition> steps)
    {
        foreach (var step in steps)
        {
            yield return step;
            foreach (var child in step.Children.SelectMany(list => Flatten(list.Steps)))
            {
                yield return child;
            }
        }
    }
}
