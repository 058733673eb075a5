namespace IntegrationHub.Flows.Model;

/// <summary>The step kinds a flow may use, as written in files.</summary>
public static class StepKinds
{
    /// <summary>Connector operation.</summary>
    public const string Call = "call";

    /// <summary>Canonical mapping.</summary>
    public const string Map = "map";

    /// <summary>Schema validation.</summary>
    public const string Validate = "validate";

    /// <summary>First matching case.</summary>
    public const string Switch = "switch";

    /// <summary>Loop over items.</summary>
    public const string Foreach = "foreach";

    /// <summary>Branches side by side.</summary>
    public const string Parallel = "parallel";

    /// <summary>External event.</summary>
    public const string Wait = "wait";

    /// <summary>Timer.</summary>
    public const string Delay = "delay";

    /// <summary>HTTP answer.</summary>
    public const string Respond = "respond";

    /// <summary>Internal event.</summary>
    public const string Publish = "publish";

    /// <summary>Child flow.</summary>
    public const string Subflow = "subflow";

    /// <summary>Variables.</summary>
    public const string Set = "set";

    /// <summary>Categorised failure.</summary>
    public const string Fail = "fail";

    /// <summary>Gets every kind.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Call, Map, Validate, Switch, Foreach, Parallel, Wait, Delay, Respond, Publish, Subflow, Set, Fail];

    /// <summary>Returns whether a step of this kind touches the outside world (a journal checkpoint).</summary>
    public static bool IsCheckpoint(string kind) =>
        kind is Call or Publish or Respond or Wait or Subflow or Delay;
}
