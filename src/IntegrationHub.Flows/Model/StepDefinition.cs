using System.Text.Json.Nodes;

namespace IntegrationHub.Flows.Model;

/// <summary>One step of a flow. Subtypes per step kind (see <see cref="StepKinds"/>).</summary>
public abstract record StepDefinition
{
    /// <summary>Gets the step id, unique in the flow.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the step kind as written in the file.</summary>
    public abstract string Kind { get; }

    /// <summary>Gets the display name, if any.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the condition expression; the step is skipped when it is falsy.</summary>
    public string? If { get; init; }

    /// <summary>Gets business keys this step adds to the run (name to expression).</summary>
    public IReadOnlyDictionary<string, string> BusinessKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the JSON path of the step in its file.</summary>
    public string JsonPath { get; init; } = "$";

    /// <summary>Gets the nested step lists of this step (branches, loop bodies), with their JSON paths.</summary>
    public virtual IEnumerable<StepList> Children => [];
}

/// <summary>A nested list of steps and where it sits in the file.</summary>
/// <param name="Steps">The steps.</param>
/// <param name="JsonPath">The JSON path of the array.</param>
/// <param name="Label">What the list is (case name, branch name, default, onTimeout, body).</param>
public sealed record StepList(IReadOnlyList<StepDefinition> Steps, string JsonPath, string Label);

/// <summary>Calls a connector operation.</summary>
public sealed record CallStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Call;

    /// <summary>Gets the logical connection name.</summary>
    public required string Connection { get; init; }

    /// <summary>Gets the connector operation.</summary>
    public required string Operation { get; init; }

    /// <summary>Gets the input template.</summary>
    public JsonNode? Input { get; init; }

    /// <summary>Gets the retry policy name, if any.</summary>
    public string? RetryPolicy { get; init; }

    /// <summary>Gets the time limit of one attempt, if any.</summary>
    public TimeSpan? Timeout { get; init; }
}

/// <summary>Applies a canonical mapping.</summary>
public sealed record MapStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Map;

    /// <summary>Gets the mapping id.</summary>
    public required string Mapping { get; init; }

    /// <summary>Gets the source template; null means the run input.</summary>
    public JsonNode? Source { get; init; }
}

/// <summary>Validates a value against a schema.</summary>
public sealed record ValidateStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Validate;

    /// <summary>Gets the schema id.</summary>
    public required string Schema { get; init; }

    /// <summary>Gets the value template; null means the run input.</summary>
    public JsonNode? Value { get; init; }
}

/// <summary>One case of a switch.</summary>
/// <param name="Name">Display name, if any.</param>
/// <param name="When">Condition expression.</param>
/// <param name="Steps">Steps run when the condition holds.</param>
/// <param name="JsonPath">JSON path of the case.</param>
public sealed record SwitchCase(string? Name, string When, IReadOnlyList<StepDefinition> Steps, string JsonPath);

/// <summary>Runs the first case whose condition holds, or the default.</summary>
public sealed record SwitchStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Switch;

    /// <summary>Gets the cases in order.</summary>
    public required IReadOnlyList<SwitchCase> Cases { get; init; }

    /// <summary>Gets the default steps.</summary>
    public IReadOnlyList<StepDefinition> Default { get; init; } = [];

    /// <inheritdoc />
    public override IEnumerable<StepList> Children =>
        Cases.Select((c, i) => new StepList(c.Steps, $"{c.JsonPath}.steps", c.Name ?? $"case {i + 1}"))
            .Append(new StepList(Default, $"{JsonPath}.default", "default"));
}

/// <summary>Runs its body once per item.</summary>
public sealed record ForeachStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Foreach;

    /// <summary>Gets the expression giving the items.</summary>
    public required string Items { get; init; }

    /// <summary>Gets the variable name of the current item. The default value is <c>item</c>.</summary>
    public string As { get; init; } = "item";

    /// <summary>Gets how many items run at once. The default value is 1.</summary>
    public int MaxParallelism { get; init; } = 1;

    /// <summary>Gets the body.</summary>
    public required IReadOnlyList<StepDefinition> Steps { get; init; }

    /// <inheritdoc />
    public override IEnumerable<StepList> Children => [new StepList(Steps, $"{JsonPath}.steps", "body")];
}

/// <summary>A named lane of a parallel step.</summary>
/// <param name="Name">Branch name, unique in the step.</param>
/// <param name="Steps">The lane's steps.</param>
/// <param name="JsonPath">JSON path of the branch.</param>
public sealed record ParallelBranch(string Name, IReadOnlyList<StepDefinition> Steps, string JsonPath);

/// <summary>Runs its branches side by side and waits for all.</summary>
public sealed record ParallelStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Parallel;

    /// <summary>Gets the branches.</summary>
    public required IReadOnlyList<ParallelBranch> Branches { get; init; }

    /// <inheritdoc />
    public override IEnumerable<StepList> Children =>
        Branches.Select(b => new StepList(b.Steps, $"{b.JsonPath}.steps", b.Name));
}

/// <summary>Waits for an external event matched by type and correlation key.</summary>
public sealed record WaitStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Wait;

    /// <summary>Gets the event type.</summary>
    public required string Event { get; init; }

    /// <summary>Gets the correlation key expression.</summary>
    public required string CorrelationKey { get; init; }

    /// <summary>Gets how long to wait.</summary>
    public required TimeSpan Timeout { get; init; }

    /// <summary>Gets the steps run on timeout; empty means the run fails.</summary>
    public IReadOnlyList<StepDefinition> OnTimeout { get; init; } = [];

    /// <inheritdoc />
    public override IEnumerable<StepList> Children => [new StepList(OnTimeout, $"{JsonPath}.onTimeout", "onTimeout")];
}

/// <summary>Pauses the run without holding a worker.</summary>
public sealed record DelayStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Delay;

    /// <summary>Gets the fixed duration, if given.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Gets the expression giving the instant to resume at, if given.</summary>
    public string? Until { get; init; }
}

/// <summary>Answers the HTTP caller; the run goes on asynchronously.</summary>
public sealed record RespondStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Respond;

    /// <summary>Gets the status (integer or expression); null means 200.</summary>
    public JsonNode? Status { get; init; }

    /// <summary>Gets response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the body template.</summary>
    public JsonNode? Body { get; init; }
}

/// <summary>Emits an event inside the hub.</summary>
public sealed record PublishStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Publish;

    /// <summary>Gets the event type.</summary>
    public required string Event { get; init; }

    /// <summary>Gets the correlation key expression, if any.</summary>
    public string? CorrelationKey { get; init; }

    /// <summary>Gets the payload template.</summary>
    public JsonNode? Payload { get; init; }
}

/// <summary>Starts another flow.</summary>
public sealed record SubflowStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Subflow;

    /// <summary>Gets the flow id.</summary>
    public required string Flow { get; init; }

    /// <summary>Gets the input template.</summary>
    public JsonNode? Input { get; init; }

    /// <summary>Gets whether the step waits for the child run. The default value is true.</summary>
    public bool WaitForCompletion { get; init; } = true;
}

/// <summary>Sets run variables.</summary>
public sealed record SetStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Set;

    /// <summary>Gets the variables to set (name to template).</summary>
    public required IReadOnlyDictionary<string, JsonNode?> Vars { get; init; }
}

/// <summary>Fails the run with a categorised error.</summary>
public sealed record FailStep : StepDefinition
{
    /// <inheritdoc />
    public override string Kind => StepKinds.Fail;

    /// <summary>Gets the error category.</summary>
    public required ErrorCategory Category { get; init; }

    /// <summary>Gets the error code, if any.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the message (literal or expression).</summary>
    public required string Message { get; init; }
}
